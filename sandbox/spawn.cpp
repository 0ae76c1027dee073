#include "sandbox/spawn.h"

#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

#include "sandbox/error.h"
#include "sandbox/net.h"

namespace sandbox {
namespace {

constexpr unsigned long long kNamespaces =
    CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNS | CLONE_NEWIPC | CLONE_NEWUTS;

long clone3(clone_args& args) {
  return ::syscall(SYS_clone3, &args, sizeof args);
}

// The calling thread inside a box's network namespace from construction to destruction, so that a
// clone made meanwhile is born there, then back in its own; -1: stays where it is. setns changes
// this thread only: the judge's other threads never leave the host's namespace.
class NetnsVisit {
 public:
  explicit NetnsVisit(int netns_fd) {
    if (netns_fd < 0) return;
    home_.reset(net::open_current_namespace());
    if (!home_) throw_errno("opening the judge's network namespace");
    if (::setns(netns_fd, CLONE_NEWNET) != 0) throw_errno("entering the box's network namespace");
  }
  // Runs in the judge only (the child never returns from box_main).
  ~NetnsVisit() {
    if (!home_) return;
    int saved = errno;  // the clone's, for its caller
    if (::setns(home_.get(), CLONE_NEWNET) != 0) {
      // Going on would run the judge's work (and every later box's clone) in this box's namespace.
      static const char message[] =
          "judge: cannot go back to the judge's network namespace after starting a box; "
          "aborting\n";
      (void)!::write(STDERR_FILENO, message, sizeof message - 1);
      std::abort();
    }
    errno = saved;
  }
  NetnsVisit(const NetnsVisit&) = delete;
  NetnsVisit& operator=(const NetnsVisit&) = delete;

 private:
  base::UniqueFd home_;
};

// clone3, and again without CLONE_INTO_CGROUP on kernels before 5.7. Returns as clone3 does.
long clone_box(clone_args& args, bool& into_cgroup) {
  long pid = clone3(args);
  if (pid < 0 && into_cgroup && (errno == EINVAL || errno == E2BIG || errno == EOPNOTSUPP)) {
    // Kernels before 5.7: attach after clone instead.
    args.flags &= ~static_cast<unsigned long long>(CLONE_INTO_CGROUP);
    args.cgroup = 0;
    into_cgroup = false;
    pid = clone3(args);
  }
  return pid;
}

}  // namespace

BoxProcess::~BoxProcess() {
  if (!reaped_ && pidfd_) {
    kill();
    reap();
  }
}

void BoxProcess::kill() {
  if (::syscall(SYS_pidfd_send_signal, pidfd_.get(), SIGKILL, nullptr, 0) != 0 && errno != ESRCH)
    ::kill(pid_, SIGKILL);
}

void BoxProcess::reap() {
  if (reaped_) return;
  siginfo_t info{};
  while (::waitid(static_cast<idtype_t>(P_PIDFD), static_cast<id_t>(pidfd_.get()), &info,
                  WEXITED) != 0) {
    if (errno != EINTR) break;
  }
  reaped_ = true;
  if (info.si_pid != 0) ending_ = std::pair{info.si_code, info.si_status};
}

BoxProcess spawn_box(const Plan& plan, int cgroup_fd, int netns_fd) {
  int pidfd = -1;
  clone_args args{};
  args.flags = kNamespaces | CLONE_PIDFD;
  if (netns_fd < 0) args.flags |= CLONE_NEWNET;
  args.pidfd = reinterpret_cast<std::uint64_t>(&pidfd);
  args.exit_signal = SIGCHLD;
  bool into_cgroup = cgroup_fd >= 0;
  if (into_cgroup) {
    args.flags |= CLONE_INTO_CGROUP;
    args.cgroup = static_cast<std::uint64_t>(cgroup_fd);
  }
  long pid = -1;
  {
    NetnsVisit visit(netns_fd);
    pid = clone_box(args, into_cgroup);
    if (pid == 0) box_main(plan);
  }
  if (pid < 0) throw_errno("clone3 into new namespaces");
  return BoxProcess(static_cast<pid_t>(pid), base::UniqueFd(pidfd), into_cgroup);
}

}  // namespace sandbox
