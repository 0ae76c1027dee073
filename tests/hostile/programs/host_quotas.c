// hostile: takes host-wide quotas and kernel memory no cgroup charges, to hurt the host and other
// runs while answering correctly: fs.aio-max-nr (io_setup), inotify instances (charged to the host
// root that made the box's user namespace), queued signals (same), netlink messages, and socket
// buffers raised past the defaults or grown by TCP autotuning (uncharged on cgroup v1), and TCP
// connections left unaccepted (charged to no cgroup on any version).
// verdict: AC
#define _GNU_SOURCE
#include <errno.h>
#include <linux/aio_abi.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  aio_context_t ctx = 0;
  if (syscall(SYS_io_setup, 128, &ctx) == 0 || errno != EPERM) return printf("LEAK io_setup: %s\n", strerror(errno)), 0;
  if (inotify_init1(0) >= 0 || errno != EPERM) return printf("LEAK inotify_init1: %s\n", strerror(errno)), 0;
  if (socket(AF_NETLINK, SOCK_RAW, 0) >= 0 || errno != EPERM) return printf("LEAK netlink: %s\n", strerror(errno)), 0;
  // TCP connections nobody accepts are charged to no cgroup: no inet sockets at all.
  if (socket(AF_INET, SOCK_STREAM, 0) >= 0 || errno != EPERM) return printf("LEAK inet: %s\n", strerror(errno)), 0;
  if (socket(AF_INET6, SOCK_DGRAM, 0) >= 0 || errno != EPERM) return printf("LEAK inet6: %s\n", strerror(errno)), 0;
  int s = socket(AF_UNIX, SOCK_STREAM, 0);
  int size = 8 << 20;
  if (setsockopt(s, SOL_SOCKET, SO_RCVBUF, &size, sizeof size) == 0 || errno != EPERM)
    return printf("LEAK SO_RCVBUF: %s\n", strerror(errno)), 0;
  close(s);
  FILE* rmem = fopen("/proc/sys/net/ipv4/tcp_rmem", "r");
  long lo = 0, def = 0, max = 0;
  if (!rmem || fscanf(rmem, "%ld %ld %ld", &lo, &def, &max) != 3 || max > 262144)
    return printf("LEAK tcp_rmem max %ld\n", max), 0;
  // Queued real-time signals: blocked, so they stay queued. The limit must stop them early.
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGRTMIN);
  sigprocmask(SIG_BLOCK, &set, NULL);
  union sigval value = {0};
  int queued = 0;
  while (queued < 100000 && sigqueue(getpid(), SIGRTMIN, value) == 0) ++queued;
  if (queued > 64) return printf("LEAK queued %d signals\n", queued), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
