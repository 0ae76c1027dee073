#include "sandbox/spawn.h"

#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>

#include "sandbox/error.h"

namespace sandbox {
namespace {

constexpr unsigned long long kNamespaces =
    CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS;

long clone3(clone_args& args) {
  return ::syscall(SYS_clone3, &args, sizeof args);
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

BoxProcess spawn_box(const Plan& plan, int cgroup_fd) {
  int pidfd = -1;
  clone_args args{};
  args.flags = kNamespaces | CLONE_PIDFD;
  args.pidfd = reinterpret_cast<std::uint64_t>(&pidfd);
  args.exit_signal = SIGCHLD;
  bool into_cgroup = cgroup_fd >= 0;
  if (into_cgroup) {
    args.flags |= CLONE_INTO_CGROUP;
    args.cgroup = static_cast<std::uint64_t>(cgroup_fd);
  }
  long pid = clone3(args);
  if (pid < 0 && into_cgroup && (errno == EINVAL || errno == E2BIG || errno == EOPNOTSUPP)) {
    // Kernels before 5.7: attach after clone instead.
    args.flags &= ~static_cast<unsigned long long>(CLONE_INTO_CGROUP);
    args.cgroup = 0;
    into_cgroup = false;
    pid = clone3(args);
  }
  if (pid < 0) throw_errno("clone3 into new namespaces");
  if (pid == 0) box_main(plan);
  return BoxProcess(static_cast<pid_t>(pid), base::UniqueFd(pidfd), into_cgroup);
}

}  // namespace sandbox
