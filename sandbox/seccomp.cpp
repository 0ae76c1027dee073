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
#include <span>

#include "sandbox/error.h"
#include "base/fd.h"

namespace sandbox::seccomp {
namespace {

// Each entry: a call a contest program has no use for and an attacker has.
constexpr const char* kDenied[] = {
    // namespaces: new ones would hand the box capabilities over fresh objects
    "unshare",
    "setns",
    // the mount family (the new mount API is refused by number below): rearranging the filesystem
    // view
    "mount",
    "umount2",
    "pivot_root",
    "chroot",
    // kernel keyrings
    "keyctl",
    "add_key",
    "request_key",
    // large kernel attack surfaces
    "bpf",
    "perf_event_open",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "userfaultfd",
    // looking into or controlling other processes
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "pidfd_getfd",
    "kcmp",
    // the machine itself
    "kexec_load",
    "kexec_file_load",
    "init_module",
    "finit_module",
    "delete_module",
    "reboot",
    "swapon",
    "swapoff",
    "settimeofday",
    "clock_settime",
    "clock_adjtime",
    "adjtimex",
    "syslog",
    "acct",
    "quotactl",
    "quotactl_fd",
    "iopl",
    "ioperm",
    "vhangup",
    "lookup_dcookie",
    "fanotify_init",
    // file handles bypass path permissions ("shocker")
    "name_to_handle_at",
    "open_by_handle_at",
    // host-wide quotas a box would take from everyone: fs.aio-max-nr, and inotify instances and
    // watches, which count against the host root that made the box's user namespace
    "io_setup",
    "io_submit",
    "io_getevents",
    "io_pgetevents",
    "io_cancel",
    "io_destroy",
    "inotify_init",
    "inotify_init1",
};

// Calls that succeed without doing anything. Everything a box can write is tmpfs, where syncing is
// a no-op anyway; but on the read-only files it shares with the host (its stdin, /usr), these reach
// the host's disk: fdatasync on a read-only fd of ext4 sends the device a cache FLUSH, and a box
// could stall the whole disk with thousands. fadvise(DONTNEED) and readahead drop or fill the page
// cache of files other boxes read (their start-up time is their CPU time). All are advisory or
// durability-only, so no program's result changes.
constexpr const char* kNoOps[] = {"fsync",           "fdatasync", "syncfs",    "sync",
                                  "sync_file_range", "msync",     "fadvise64", "readahead"};

// File locks work across boxes on the files they share read-only (/usr, the test's input): a
// covert channel between concurrent submissions. Taking a lock succeeds without taking it, so no
// box ever holds one that another could see. Failing instead would break Java: the JVM flock()s
// its perf-data file and prints a warning to stdout when it cannot. (Only processes of one box
// that lock to exclude each other lose something, and contest programs do not do that.)
constexpr unsigned kLockCommands[] = {F_SETLK, F_SETLKW, F_OFD_SETLK, F_OFD_SETLKW};

// Numbers from 424 on are the same on every architecture, and Debian 12's libseccomp (2.5.4)
// knows no names past Linux 6.2: these are refused by number.
struct Numbered {
  int nr;
  const char* name;
};
constexpr Numbered kDeniedByNumber[] = {
    // the new mount API, and reading the mount tree
    {428, "open_tree"},
    {429, "move_mount"},
    {430, "fsopen"},
    {431, "fsconfig"},
    {432, "fsmount"},
    {433, "fspick"},
    {442, "mount_setattr"},
    {457, "statmount"},
    {458, "listmount"},
    {467, "open_tree_attr"},
    // page cache state of shared files (a side channel between boxes), and security modules' state
    {451, "cachestat"},
    {459, "lsm_get_self_attr"},
    {460, "lsm_set_self_attr"},
    {461, "lsm_list_modules"},
};
// Every call this policy was written against: up to file_setattr (469, Linux 6.17; 6.18 added
// none). Calls a newer kernel adds are "not implemented" (ENOSYS) until they are reviewed here:
// programs and libc fall back from unknown calls as on an older kernel.
constexpr int kNewestReviewed = 469;
// Past the end of every architecture's table as far as anyone can foresee; x86-64's x32 calls
// (512 and up, and bit 30) never reach these rules (see the bad-arch action).
constexpr int kUnreviewedEnd = 512;

// CLONE_NEWTIME only exists for clone3 and unshare, both refused: in clone()'s flags its bit is
// part of the exit signal.
constexpr unsigned long long kNewNamespaceFlags[] = {CLONE_NEWNS,  CLONE_NEWCGROUP, CLONE_NEWUTS,
                                                     CLONE_NEWIPC, CLONE_NEWUSER,   CLONE_NEWPID,
                                                     CLONE_NEWNET};

struct CtxDeleter {
  void operator()(scmp_filter_ctx ctx) const { seccomp_release(ctx); }
};

// A one-byte message that carries one fd (SCM_RIGHTS); the buffers live in the object.
struct FdMessage {
  char byte = 'L';
  alignas(struct cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
  struct iovec iov {
    &byte, 1
  };
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

using Filter = std::unique_ptr<void, CtxDeleter>;

// An empty filter that allows what no rule names, builds a binary tree and kills other ABIs.
Filter new_filter() {
  Filter ctx(seccomp_init(SCMP_ACT_ALLOW));
  if (!ctx) throw SandboxError("seccomp_init failed");
  // Other ABIs (i386 int 0x80, x32) are not in the filter: calls through them kill the process.
  check(seccomp_attr_set(ctx.get(), SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS),
        "bad-arch action");
  // A binary tree of the numbers: the unreviewed range makes a long list, which each call would
  // otherwise walk in order.
  check(seccomp_attr_set(ctx.get(), SCMP_FLTATR_CTL_OPTIMIZE, 2), "optimize");
  return ctx;
}

// `action` for every call of `names` this architecture has.
void add_by_name(const Filter& ctx, std::uint32_t action, std::span<const char* const> names) {
  for (const char* name : names) {
    int nr = seccomp_syscall_resolve_name(name);
    if (nr == __NR_SCMP_ERROR) continue;  // not on this architecture
    check(seccomp_rule_add(ctx.get(), action, nr, 0), name);
  }
}

// Whole calls: the denied ones, and ENOSYS for those newer than this policy.
void deny_calls(const Filter& ctx, std::uint32_t deny) {
  add_by_name(ctx, deny, kDenied);
  for (const auto& call : kDeniedByNumber)
    check(seccomp_rule_add(ctx.get(), deny, call.nr, 0), call.name);
  for (int nr = kNewestReviewed + 1; nr < kUnreviewedEnd; ++nr)
    check(seccomp_rule_add(ctx.get(), SCMP_ACT_ERRNO(ENOSYS), nr, 0),
          "unreviewed call " + std::to_string(nr));
}

// Syncs, cache advice and file locks succeed without doing anything (see kNoOps, kLockCommands).
void make_no_ops(const Filter& ctx) {
  add_by_name(ctx, SCMP_ACT_ERRNO(0), kNoOps);
  check(seccomp_rule_add(ctx.get(), SCMP_ACT_ERRNO(0), SCMP_SYS(flock), 0), "flock");
  for (unsigned command : kLockCommands)
    check(seccomp_rule_add(ctx.get(), SCMP_ACT_ERRNO(0), SCMP_SYS(fcntl), 1,
                           SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffULL, command)),
          "fcntl lock");
}

// Threads and processes, but no new namespaces.
void deny_new_namespaces(const Filter& ctx, std::uint32_t deny) {
  for (unsigned long long flag : kNewNamespaceFlags)
    check(seccomp_rule_add(ctx.get(), deny, SCMP_SYS(clone), 1,
                           SCMP_A0(SCMP_CMP_MASKED_EQ, flag, flag)),
          "clone");
  // clone3 passes its flags in memory a filter cannot read. ENOSYS makes glibc fall back to clone.
  check(seccomp_rule_add(ctx.get(), SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0), "clone3");
}

void restrict_sockets(const Filter& ctx, std::uint32_t deny) {
  // Socket families: local (AF_UNIX) only. The others are kernel surface no program needs, and
  // some are not confined by network namespaces at all (AF_VSOCK reaches the hypervisor). Netlink
  // and inet hold kernel memory no cgroup charges: netlink messages and acks (a box held 2 GB),
  // and TCP connections nobody accepts (a connection is tied to a cgroup only at accept(): a box
  // held 3.6 GB and ran the host's TCP out of memory, although the box's own network namespace
  // reaches nothing). glibc's getaddrinfo does without both. Whatever is not AF_UNIX is refused,
  // so a family a newer kernel adds is refused too; socketpair creates sockets of its family as
  // well (AF_TIPC makes working pairs). The family is an int, but the rule compares all 64 bits:
  // AF_UNIX with high bits set is refused too, which is safe (glibc passes clean ints).
  for (int call : {SCMP_SYS(socket), SCMP_SYS(socketpair)})
    check(seccomp_rule_add(ctx.get(), deny, call, 1, SCMP_A0(SCMP_CMP_NE, AF_UNIX)),
          "socket family");
  // Socket buffers past the defaults: on cgroup v1, inet socket memory is not charged to the
  // memory limit (TCP's is capped per box namespace, see net.cpp; UDP's stays at the default).
  for (int option : {SO_SNDBUF, SO_RCVBUF, SO_SNDBUFFORCE, SO_RCVBUFFORCE})
    check(
        seccomp_rule_add(ctx.get(), deny, SCMP_SYS(setsockopt), 2,
                         SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffULL, SOL_SOCKET),
                         SCMP_A2(SCMP_CMP_MASKED_EQ, 0xffffffffULL, static_cast<unsigned>(option))),
        "setsockopt buffer size");
}

void deny_hidden_disk_use_and_tty_input(const Filter& ctx, std::uint32_t deny) {
  // fallocate(FALLOC_FL_KEEP_SIZE) takes disk blocks without growing the file, so RLIMIT_FSIZE
  // never sees them: on a stdout file of the judge's it fills the host's disk. (Without the flag,
  // fallocate grows the file and the limit applies.) The mode is an int: compare its low bits.
  check(seccomp_rule_add(ctx.get(), deny, SCMP_SYS(fallocate), 1,
                         SCMP_A1(SCMP_CMP_MASKED_EQ, FALLOC_FL_KEEP_SIZE, FALLOC_FL_KEEP_SIZE)),
        "fallocate");
  // Typing into, or rewriting, a terminal the box might have been given. The kernel reads the
  // command as 32 bits: compare only those, or high bits would slip past (CVE-2019-7303).
  for (unsigned long command : {TIOCSTI, TIOCLINUX})
    check(seccomp_rule_add(ctx.get(), deny, SCMP_SYS(ioctl), 1,
                           SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffULL, command)),
          "ioctl");
}

// libseccomp writes the program only to an fd: export it into memory and read it back.
std::vector<sock_filter> export_program(const Filter& ctx) {
  base::UniqueFd memfd(::memfd_create("seccomp-bpf", MFD_CLOEXEC));
  if (!memfd) throw_errno("memfd_create");
  check(seccomp_export_bpf(ctx.get(), memfd.get()), "export");
  off_t size = ::lseek(memfd.get(), 0, SEEK_END);
  if (size <= 0 || size % sizeof(sock_filter) != 0)
    throw SandboxError("seccomp: bad exported filter size");
  std::vector<sock_filter> program(static_cast<std::size_t>(size) / sizeof(sock_filter));
  if (::pread(memfd.get(), program.data(), static_cast<std::size_t>(size), 0) != size)
    throw_errno("seccomp: reading exported filter");
  return program;
}

}  // namespace

std::vector<sock_filter> build_filter(SeccompMode mode) {
  if (mode == SeccompMode::Off) return {};
  Filter ctx = new_filter();
  const std::uint32_t deny = mode == SeccompMode::Kill ? SCMP_ACT_NOTIFY : SCMP_ACT_ERRNO(EPERM);
  deny_calls(ctx, deny);
  make_no_ops(ctx);
  deny_new_namespaces(ctx, deny);
  restrict_sockets(ctx, deny);
  deny_hidden_disk_use_and_tty_input(ctx, deny);
  return export_program(ctx);
}

int load(const Plan& plan) {
  if (plan.seccomp_filter.empty()) return 0;
  struct sock_fprog prog {
    static_cast<unsigned short>(plan.seccomp_filter.size()),
        const_cast<sock_filter*>(plan.seccomp_filter.data())
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
  for (const auto& call : kDeniedByNumber)
    if (call.nr == notif->data.nr) return call.name;
  char* name = seccomp_syscall_resolve_num_arch(SCMP_ARCH_NATIVE, notif->data.nr);
  std::string result = name ? name : "syscall " + std::to_string(notif->data.nr);
  std::free(name);
  return result;
}

}  // namespace sandbox::seccomp
