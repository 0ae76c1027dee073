// Per-process resource limits: backstops and the limits cgroups do not cover.
#pragma once

#include "sandbox/plan.h"
#include "sandbox/spec.h"

namespace sandbox::rlimits {
// Parent side: no core dumps; stack = the memory limit (as contest judges do); fsize = output
// limit; nofile; CPU time as a backstop a second past the cgroup-enforced limit; no real-time or
// raised priority; optional address space. `core_pattern_is_pipe`: see rlimits.cpp.
void plan(const Limits& limits, bool core_pattern_is_pipe, Plan& plan);
// Whether /proc/sys/kernel/core_pattern hands core dumps to a program.
bool core_pattern_is_pipe();
// Child side. Returns 0 or errno.
int apply(const Plan& plan);
}  // namespace sandbox::rlimits
