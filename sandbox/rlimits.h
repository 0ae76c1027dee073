// Per-process resource limits: backstops and the limits cgroups do not cover.
#pragma once

#include "sandbox/plan.h"
#include "sandbox/spec.h"

namespace sandbox::rlimits {
// Parent side: core 0; stack = the memory limit (as contest judges do); fsize = output limit;
// nofile; CPU time as a backstop a second past the cgroup-enforced limit; optional address space.
void plan(const Limits& limits, Plan& plan);
// Child side. Returns 0 or errno.
int apply(const Plan& plan);
}  // namespace sandbox::rlimits
