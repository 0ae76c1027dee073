#include "sandbox/seccomp.h"

#include <fcntl.h>
#include <linux/falloc.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>

#include <cstring>
#include <memory>

#include "sandbox/error.h"
#include "sandbox/fd.h"

namespace sandbox::seccomp {
namespace {

// Each entry: a call a contest program has no use for and an attacker has.
constexpr const char* kDenied[] = {
    // namespaces: new ones would hand the box capabilities over fresh objects
    "unshare", "setns",
    // the mount family: rearranging the filesystem view (and CVE-2022-0185 in fsconfig)
    "mount", "umount2", "pivot_root", "chroot", "fsopen", "fsconfig", "fsmount", "fspick", "move_mount",
    "open_tree", "mount_setattr",
    // kernel keyrings
    "keyctl", "add_key", "request_key",
    // large kernel attack surfaces
    "bpf", "perf_event_open", "io_uring_setup", "io_uring_enter", "io_uring_register", "userfaultfd",
    // looking into or controlling other processes
    "ptrace", "process_vm_readv", "process_vm_writev", "pidfd_getfd", "kcmp",
    // the machine itself
    "kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module", "reboot", "swapon",
    "swapoff", "settimeofday", "clock_settime", "clock_adjtime", "adjtimex", "syslog", "acct", "quotactl",
    "quotactl_fd", "iopl", "ioperm", "vhangup", "lookup_dcookie", "fanotify_init",
    // file handles bypass path permissions ("shocker")
    "name_to_handle_at", "open_by_handle_at",
    // host-wide quotas a box would take from everyone: fs.aio-max-nr, and inotify instances and
    // watches, which count against the host root that made the box's user namespace
    "io_setup", "io_submit", "io_getevents", "io_pgetevents", "io_cancel", "io_destroy", "inotify_init",
    "inotify_init1",
};

// CLONE_NEWTIME only exists for clone3 and unshare, both refused: in clone()'s flags its bit is
// part of the exit signal.
constexpr unsigned long long kNewNamespaceFlags[] = {CLONE_NEWNS,  CLONE_NEWCGROUP, CLONE_NEWUTS, CLONE_NEWIPC,
                                                    CLONE_NEWUSER, CLONE_NEWPID,   CLONE_NEWNET};

struct CtxDeleter {
  void operator()(scmp_filter_ctx ctx) const { seccomp_release(ctx); }
};

// A one-byte message that carries one fd (SCM_RIGHTS); the buffers live in the object.
struct FdMessage {
  char byte = 'L';
  alignas(struct cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
  struct iovec iov {&byte, 1};
  struct msghdr msg {};
  FdMessage() {
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
  }
  FdMessage(const FdMessage&) = delete;
};

void check(int rc, const std::string& what) {
  if (rc < 0) throw SandboxError("seccomp: " + what + ": " + errno_text(-rc));
}

}  // namespace

std::vector<sock_filter> build_filter(SeccompMode mode) {
  if (mode == SeccompMode::Off) return {};
  std::unique_ptr<void, CtxDeleter> ctx(seccomp_init(SCMP_ACT_ALLOW));
  if (!ctx) throw SandboxError("seccomp_init failed");
  // Other ABIs (i386 int 0x80, x32) are not in the filter: calls through them kill the process.
  check(seccomp_attr_set(ctx.get(), SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS), "bad-arch action");
  const std::uint32_t deny = mode == SeccompMode::Kill ? SCMP_ACT_NOTIFY : SCMP_ACT_ERRNO(EPERM);

  for (const char* name : kDenied) {
    int nr = seccomp_syscall_resolve_name(name);
    if (nr == __NR_SCMP_ERROR) continue;  // not on this architecture
    check(seccomp_rule_add(ctx.get(), deny, nr, 0), name);
  }
  for (unsigned long long flag : kNewNamespaceFlags)
    check(seccomp_rule_add(ctx.get(), deny, SCMP_SYS(clone), 1, SCMP_A0(SCMP_CMP_MASKED_EQ, flag, flag)), "clone");
  // clone3 passes its flags in memory a filter cannot read. ENOSYS makes glibc fall back to clone.
  check(seccomp_rule_add(ctx.get(), SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0), "clone3");
  // Socket families: local (AF_UNIX) only. The others are kernel surface no program needs, and
  // some are not confined by network namespaces at all (AF_VSOCK reaches the hypervisor). Netlink
  // and inet hold kernel memory no cgroup charges: netlink messages and acks (a box held 2 GB),
  // and TCP connections nobody accepts (a connection is tied to a cgroup only at accept(): a box
  // held 3.6 GB and ran the host's TCP out of memory, although the box's own network namespace
  // reaches nothing). glibc's getaddrinfo does without both. Families are ints: compare the low
  // 32 bits.
  for (unsigned family = 0; family < AF_MAX; ++family) {
    if (family == AF_UNIX) continue;
    check(seccomp_rule_add(ctx.get(), deny, SCMP_SYS(socket), 1, SCMP_A0(SCMP_CMP_MASKED_EQ, 0xffffffffULL, family)),
          "socket family");
  }
  // socketpair creates sockets of its family too (AF_TIPC makes working pairs): unix only. A family
  // with high bits set is refused as well, which is safe: glibc passes clean ints.
  check(seccomp_rule_add(ctx.get(), deny, SCMP_SYS(socketpair), 1, SCMP_A0(SCMP_CMP_NE, AF_UNIX)), "socketpair family");
  // Socket buffers past the defaults: on cgroup v1, inet socket memory is not charged to the
  // memory limit (TCP's is capped per box namespace, see net.cpp; UDP's stays at the default).
  for (int option : {SO_SNDBUF, SO_RCVBUF, SO_SNDBUFFORCE, SO_RCVBUFFORCE})
    check(seccomp_rule_add(ctx.get(), deny, SCMP_SYS(setsockopt), 2,
                           SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffULL, SOL_SOCKET),
                           SCMP_A2(SCMP_CMP_MASKED_EQ, 0xffffffffULL, static_cast<unsigned>(option))),
          "setsockopt buffer size");
  // fallocate(FALLOC_FL_KEEP_SIZE) takes disk blocks without growing the file, so RLIMIT_FSIZE
  // never sees them: on a stdout file of the judge's it fills the host's disk. (Without the flag,
  // fallocate grows the file and the limit applies.) The mode is an int: compare its low bits.
  check(seccomp_rule_add(ctx.get(), deny, SCMP_SYS(fallocate), 1,
                         SCMP_A1(SCMP_CMP_MASKED_EQ, FALLOC_FL_KEEP_SIZE, FALLOC_FL_KEEP_SIZE)),
        "fallocate");
  // Typing into, or rewriting, a terminal the box might have been given. The kernel reads the
  // command as 32 bits: compare only those, or high bits would slip past (CVE-2019-7303).
  for (unsigned long command : {TIOCSTI, TIOCLINUX})
    check(seccomp_rule_add(ctx.get(), deny, SCMP_SYS(ioctl), 1, SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffULL, command)),
          "ioctl");

  UniqueFd memfd(::memfd_create("seccomp-bpf", MFD_CLOEXEC));
  if (!memfd) throw_errno("memfd_create");
  check(seccomp_export_bpf(ctx.get(), memfd.get()), "export");
  off_t size = ::lseek(memfd.get(), 0, SEEK_END);
  if (size <= 0 || size % sizeof(sock_filter) != 0) throw SandboxError("seccomp: bad exported filter size");
  std::vector<sock_filter> program(static_cast<std::size_t>(size) / sizeof(sock_filter));
  if (::pread(memfd.get(), program.data(), static_cast<std::size_t>(size), 0) != size)
    throw_errno("seccomp: reading exported filter");
  return program;
}

int load(const Plan& plan) {
  if (plan.seccomp_filter.empty()) return 0;
  struct sock_fprog prog {
    static_cast<unsigned short>(plan.seccomp_filter.size()), const_cast<sock_filter*>(plan.seccomp_filter.data())
  };
  unsigned flags = plan.seccomp_notify ? SECCOMP_FILTER_FLAG_NEW_LISTENER : 0;
  long listener = ::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &prog);
  if (listener < 0) return errno;
  if (!plan.seccomp_notify) return 0;
  int fd = static_cast<int>(listener);
  FdMessage m;
  struct cmsghdr* cmsg = CMSG_FIRSTHDR(&m.msg);
  cmsg->cmsg_level = SOL_SOCKET;
  cmsg->cmsg_type = SCM_RIGHTS;
  cmsg->cmsg_len = CMSG_LEN(sizeof(int));
  std::memcpy(CMSG_DATA(cmsg), &fd, sizeof(int));
  int err = ::sendmsg(plan.notify_fd, &m.msg, MSG_NOSIGNAL) == 1 ? 0 : errno;
  ::close(fd);
  ::close(plan.notify_fd);
  return err;
}

int receive_listener(int notify_socket) {
  FdMessage m;
  if (::recvmsg(notify_socket, &m.msg, MSG_DONTWAIT | MSG_CMSG_CLOEXEC) != 1) return -1;
  struct cmsghdr* cmsg = CMSG_FIRSTHDR(&m.msg);
  if (!cmsg || cmsg->cmsg_level != SOL_SOCKET || cmsg->cmsg_type != SCM_RIGHTS) return -1;
  int fd = -1;
  std::memcpy(&fd, CMSG_DATA(cmsg), sizeof(int));
  return fd;
}

std::string receive_denied_syscall(int listener) {
  struct seccomp_notif_sizes sizes {};
  if (::syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes) != 0) return "";
  std::vector<char> buffer(std::max<std::size_t>(sizes.seccomp_notif, sizeof(seccomp_notif)));
  auto* notif = reinterpret_cast<seccomp_notif*>(buffer.data());
  if (::ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, notif) != 0) return "";
  char* name = seccomp_syscall_resolve_num_arch(SCMP_ARCH_NATIVE, notif->data.nr);
  std::string result = name ? name : "syscall " + std::to_string(notif->data.nr);
  std::free(name);
  return result;
}

}  // namespace sandbox::seccomp
