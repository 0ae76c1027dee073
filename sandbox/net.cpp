#include "sandbox/net.h"

#include <fcntl.h>
#include <linux/sockios.h>
#include <net/if.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace sandbox::net {

int bring_up_loopback() {
  int sock = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (sock < 0) return errno;
  struct ifreq ifr {};
  std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
  int err = 0;
  if (::ioctl(sock, SIOCGIFFLAGS, &ifr) != 0) {
    err = errno;
  } else {
    ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
    if (::ioctl(sock, SIOCSIFFLAGS, &ifr) != 0) err = errno;
  }
  ::close(sock);
  return err;
}

namespace {

int write_sysctl(const char* path, const char* value) {
  int fd = ::open(path, O_WRONLY | O_CLOEXEC);
  if (fd < 0) return errno;
  std::size_t size = std::strlen(value);
  int err = ::write(fd, value, size) == static_cast<ssize_t>(size) ? 0 : (errno ? errno : EIO);
  ::close(fd);
  return err;
}

}  // namespace

int cap_socket_buffers() {
  // min, default, max: 256 KiB at most per direction and socket, plenty for talking to oneself.
  if (int err = write_sysctl("/proc/sys/net/ipv4/tcp_rmem", "4096 65536 262144")) return err;
  return write_sysctl("/proc/sys/net/ipv4/tcp_wmem", "4096 16384 262144");
}

int open_current_namespace() {
  int sock = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (sock < 0) return -1;
  int fd = ::ioctl(sock, SIOCGSKNS);
  int err = errno;
  ::close(sock);
  if (fd < 0) {
    errno = err;
    return -1;
  }
  return fd;  // O_CLOEXEC: the kernel's open_related_ns sets it
}

}  // namespace sandbox::net
