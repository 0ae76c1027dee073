// The box's side of a run: PID 1 of the new namespaces (a tiny init) and the program it starts.
// Runs in a clone of a possibly multithreaded judge, so nothing here allocates (see plan.h).
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "sandbox/caps.h"
#include "sandbox/collect.h"
#include "sandbox/mnt.h"
#include "sandbox/net.h"
#include "sandbox/plan.h"
#include "sandbox/rlimits.h"
#include "sandbox/seccomp.h"
#include "sandbox/user.h"
#include "sandbox/uts.h"

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

namespace sandbox {
namespace {

void write_all(int fd, const void* data, std::size_t size) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    ssize_t n = ::write(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    p += n;
    size -= static_cast<std::size_t>(n);
  }
}

[[noreturn]] void fail(const Plan& plan, ChildStep step, int err, int detail = -1) {
  ChildReport report{
      ChildReport::SetupFailed, static_cast<int>(step), err, detail, 0, 0, 0, 0, 0, {}};
  write_all(plan.report_fd, &report, sizeof report);
  ::_exit(127);
}

// Handlers and ignored signals come from the judge; none of them may reach the box.
void reset_signals() {
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  for (int sig = 1; sig < NSIG; ++sig) ::sigaction(sig, &dfl, nullptr);
  sigset_t none;
  ::sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
}

// stdio fds may collide with 0..2; lift them above before dup2.
int install_stdio(const Plan& plan) {
  int lifted[3];
  for (int i = 0; i < 3; ++i) {
    lifted[i] = ::fcntl(plan.stdio[i], F_DUPFD_CLOEXEC, 10);
    if (lifted[i] < 0) return errno;
  }
  for (int i = 0; i < 3; ++i) {
    if (::dup2(lifted[i], i) < 0) return errno;
  }
  return 0;
}

int exec_program(const Plan& plan) {
  if (std::strchr(plan.path, '/')) {
    ::execve(plan.path, plan.argv.data(), plan.envp.data());
    return errno;
  }
  int result = ENOENT;
  char full[PATH_MAX];
  std::size_t name_len = std::strlen(plan.path);
  for (const char* dir : plan.search_path) {
    std::size_t dir_len = std::strlen(dir);
    if (dir_len + 1 + name_len + 1 > sizeof full) continue;
    std::memcpy(full, dir, dir_len);
    full[dir_len] = '/';
    std::memcpy(full + dir_len + 1, plan.path, name_len + 1);
    ::execve(full, plan.argv.data(), plan.envp.data());
    if (errno == EACCES)
      result = EACCES;  // like execvp: report EACCES over a later ENOENT
    else if (errno != ENOENT && errno != ENOTDIR)
      return errno;
  }
  return result;
}

// The program's process shares init's memory until it execs (CLONE_VM | CLONE_VFORK, as
// posix_spawn does): no page tables to copy from what is a copy of the whole judge. It runs on
// its own stack and only makes system calls; init waits meanwhile.
alignas(64) char payload_stack[64 * 1024];

[[noreturn]] void payload_main(const Plan& plan) {
  auto step_or_fail = [&](ChildStep step, int err) {
    if (err) fail(plan, step, err);
  };
  step_or_fail(ChildStep::Setsid, ::setsid() < 0 ? errno : 0);
  step_or_fail(ChildStep::Stdio, install_stdio(plan));
  // Every other inherited fd closes at exec, including exec_fd, which tells the supervisor that
  // exec happened. Without it (Linux < 5.11) init's fds would reach the program: refuse to start
  // it.
  step_or_fail(ChildStep::Stdio,
               ::syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) != 0 ? errno : 0);
  ::umask(022);
  step_or_fail(ChildStep::Rlimit, rlimits::apply(plan));
  step_or_fail(ChildStep::Chdir, ::chdir(plan.cwd) != 0 ? errno : 0);
  step_or_fail(ChildStep::Caps, caps::lock_down());
  // become_box_user names the sub-step that failed in `step`: read it only after the call (as one
  // call's two arguments, the order of their evaluation would be unspecified).
  ChildStep step = ChildStep::BoxUser;
  int user_err = user::become_box_user(plan, step);
  step_or_fail(step, user_err);
  step_or_fail(ChildStep::Caps, caps::clear());
  step_or_fail(ChildStep::Seccomp, seccomp::load(plan));
  int err = exec_program(plan);
  write_all(plan.exec_fd, &err, sizeof err);
  ::_exit(127);
}

void read_cpu_counters(const Plan& plan, ChildReport& report) {
  for (int i = 0; i < 3; ++i) {
    if (plan.cpu_counter_fds[i] < 0) continue;
    ssize_t got =
        ::pread(plan.cpu_counter_fds[i], report.counters[i], sizeof report.counters[i] - 1, 0);
    report.counters[i][got > 0 ? got : 0] = '\0';
  }
}

void close_all_but(const std::vector<int>& keep) {
  unsigned first = 0;
  for (int fd : keep) {
    if (static_cast<unsigned>(fd) > first)
      ::syscall(SYS_close_range, first, static_cast<unsigned>(fd) - 1, 0U);
    first = static_cast<unsigned>(fd) + 1;
  }
  ::syscall(SYS_close_range, first, ~0U, 0U);
}

}  // namespace

[[noreturn]] void box_main(const Plan& plan) {
  close_all_but(plan.keep_fds);
  reset_signals();
  char go = 0;
  ssize_t n;
  do n = ::read(plan.sync_fd, &go, 1);
  while (n < 0 && errno == EINTR);
  if (n != 1) ::_exit(126);  // the supervisor gave up before the maps were written
  ::close(plan.sync_fd);
  for (int fd : plan.cgroup_join_fds) {
    if (::write(fd, "0", 1) != 1) fail(plan, ChildStep::JoinCgroup, errno);
    ::close(fd);
  }

  for (const Plan::Span& span : plan.wipe)
    if (span.start) std::memset(span.start, 0, span.size);
  ::prctl(PR_SET_NAME, "init");

  int failed_source = -1;
  if (int err = mnt::open_sources(plan, failed_source))
    fail(plan, ChildStep::OpenSource, err, failed_source);
  ChildStep step = ChildStep::SetUid;
  if (int err = user::become_init_user(step)) fail(plan, step, err);
  // Set only now: a change of uid clears it. Then make sure the judge did not die in between: a
  // write to the report pipe with no reader left raises SIGPIPE, which kills us (default action).
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  ChildReport alive{ChildReport::Alive, 0, 0, -1, 0, 0, 0, 0, 0, {}};
  write_all(plan.report_fd, &alive, sizeof alive);
  // The cgroup namespace is made now, after the supervisor placed us in the box's cgroup, so that
  // the box sees that cgroup as its root.
  if (::unshare(CLONE_NEWCGROUP) != 0) fail(plan, ChildStep::CgroupNs, errno);
  ::umask(0);
  int failed_mount = -1;
  if (int err = mnt::apply(plan, step, failed_mount)) fail(plan, step, err, failed_mount);
  if (int err = uts::set_hostname(plan.hostname)) fail(plan, ChildStep::Hostname, err);
  if (plan.loopback) {
    if (int err = net::bring_up_loopback()) fail(plan, ChildStep::Loopback, err);
  }
  if (int err = net::cap_socket_buffers()) fail(plan, ChildStep::SocketBuffers, err);
  // Another uid than the program already; not dumpable as well, so that /proc/1 stays closed to it
  // even where the uids alone would not be enough (ptrace_may_access also checks dumpability).
  ::prctl(PR_SET_DUMPABLE, 0);

  int collect_from = -1;
  if (plan.collect_dir_fd >= 0) {
    collect_from = collect::open_source_dir(plan);
    if (collect_from < 0) fail(plan, ChildStep::Collect, errno);
  }

  ChildReport baseline{ChildReport::Baseline, 0, 0, -1, 0, 0, 0, 0, 0, {}};
  read_cpu_counters(plan, baseline);
  write_all(plan.report_fd, &baseline, sizeof baseline);

  // Not fork(): it runs atfork handlers and takes malloc's locks, which a thread of the judge may
  // have held when we were cloned.
  auto start = [](void* arg) -> int { payload_main(*static_cast<const Plan*>(arg)); };
  pid_t payload = ::clone(start, payload_stack + sizeof payload_stack,
                          CLONE_VM | CLONE_VFORK | SIGCHLD, const_cast<Plan*>(&plan));
  if (payload < 0) fail(plan, ChildStep::Fork, errno);
  ::close(plan.exec_fd);
  if (plan.notify_fd >= 0) ::close(plan.notify_fd);

  // Reap everything; the run ends when the program itself exits. What init does after that
  // (collecting files) is not the program's time.
  ChildReport exited{ChildReport::Exited, 0, 0, -1, 0, 0, 0, 0, 0, {}};
  for (;;) {
    int status = 0;
    pid_t pid = ::waitpid(-1, &status, __WALL);
    if (pid < 0 && errno == EINTR) continue;
    if (pid < 0) break;
    if (pid == payload) {
      exited.wait_status = status;
      break;
    }
  }
  read_cpu_counters(plan, exited);
  write_all(plan.report_fd, &exited, sizeof exited);

  ChildReport finished{ChildReport::Finished, 0, 0, -1, 0, 0, 0, 0, 0, {}};
  if (plan.collect_dir_fd >= 0) {
    // Nothing else may run while files leave the box.
    ::kill(-1, SIGKILL);
    while (::waitpid(-1, nullptr, __WALL) > 0 || errno == EINTR) {
    }
    collect::take_out(plan, collect_from, finished.collected, finished.collect_skipped,
                      finished.collect_error);
  }
  struct statfs fs {};
  if (::statfs("/", &fs) == 0)
    finished.disk_bytes = static_cast<unsigned long long>(fs.f_blocks - fs.f_bfree) *
                          static_cast<unsigned long long>(fs.f_bsize);
  write_all(plan.report_fd, &finished, sizeof finished);
  // Exiting as PID 1 makes the kernel kill every process left in the box.
  ::_exit(0);
}

const char* step_name(ChildStep step) {
  switch (step) {
    case ChildStep::OpenSource: return "opening";
    case ChildStep::SetGid: return "setresgid";
    case ChildStep::SetUid: return "setresuid";
    case ChildStep::CgroupNs: return "unshare(CLONE_NEWCGROUP)";
    case ChildStep::Mount: return "mount";
    case ChildStep::PivotRoot: return "pivot_root";
    case ChildStep::Hostname: return "sethostname";
    case ChildStep::Loopback: return "bringing up lo";
    case ChildStep::Fork: return "starting the program";
    case ChildStep::Setsid: return "setsid";
    case ChildStep::Stdio: return "stdio";
    case ChildStep::Rlimit: return "setrlimit";
    case ChildStep::Chdir: return "chdir";
    case ChildStep::Caps: return "dropping capabilities and setting no_new_privs";
    case ChildStep::BoxUser: return "switching to the box's user";
    case ChildStep::Collect: return "opening the working directory to collect from";
    case ChildStep::SocketBuffers: return "capping the TCP buffers";
    case ChildStep::Seccomp: return "loading seccomp";
    case ChildStep::JoinCgroup: return "joining the box's cgroup";
  }
  return "setup";
}

}  // namespace sandbox
