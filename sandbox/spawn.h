// Making the box's first process: clone3 into new user, PID, mount, network, IPC and UTS namespaces
// (the cgroup namespace follows once the box is in its cgroup). The network namespace may instead
// be one made ahead (NetnsPool), which the box's init is born in.
#pragma once

#include <optional>
#include <utility>

#include <sys/types.h>

#include "base/fd.h"
#include "sandbox/plan.h"

namespace sandbox {

// The box's init, seen from the supervisor. Destruction kills and reaps it if still there.
class BoxProcess {
 public:
  BoxProcess(pid_t pid, base::UniqueFd pidfd, bool in_cgroup)
      : pid_(pid), pidfd_(std::move(pidfd)), in_cgroup_(in_cgroup) {}
  BoxProcess(BoxProcess&&) = default;
  ~BoxProcess();
  pid_t pid() const { return pid_; }
  int pidfd() const { return pidfd_.get(); }
  bool born_in_cgroup() const { return in_cgroup_; }
  void kill();
  // Waits for init to exit. Once it has, the kernel has killed and reaped everything else in the
  // box.
  void reap();
  // How init ended, once reaped: its exit code, or the signal that killed it (siginfo's si_code
  // and si_status). Unset before.
  std::optional<std::pair<int, int>> ending() const { return ending_; }

 private:
  pid_t pid_;
  base::UniqueFd pidfd_;
  bool in_cgroup_;
  bool reaped_ = false;
  std::optional<std::pair<int, int>> ending_;
};

// `cgroup_fd` >= 0: born directly in that cgroup (CLONE_INTO_CGROUP). `netns_fd` >= 0: born in that
// network namespace instead of a new one; the calling thread enters it for the clone alone and is
// back in its own before this returns, or the process aborts. Throws SandboxError.
BoxProcess spawn_box(const Plan& plan, int cgroup_fd, int netns_fd = -1);

}  // namespace sandbox
