// The box's cgroup as its init sees it from inside: joining it (cgroup v1), taking it as the root
// of a cgroup namespace, reading its CPU counters. No allocation (see plan.h).
#pragma once

#include "sandbox/plan.h"

namespace sandbox::init_cgroup {

// cgroup v1: writes "0" (itself, one thread) to each of Plan::cgroup_join_fds, the `tasks` files
// the judge opened, and closes them. A thread moving itself skips the global lock that a write to
// cgroup.procs takes. Returns 0 or errno.
int join(const Plan& plan);
// Makes the cgroup namespace, once the box is in its cgroup, so that the box sees that cgroup as
// its root. Returns 0 or errno.
int enter_namespace();
// Reads the cgroup's CPU counter files (Plan::cpu_counter_fds) into `report.counters`, as text.
void read_cpu_counters(const Plan& plan, ChildReport& report);

}  // namespace sandbox::init_cgroup
