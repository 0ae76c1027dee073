// Turning what the supervisor saw and the cgroup measured into a status and a message.
#pragma once

#include "sandbox/cgroup.h"
#include "sandbox/plan.h"
#include "sandbox/result.h"
#include "sandbox/spec.h"
#include "sandbox/supervisor.h"

namespace sandbox {

// Fills status, exit_code, signal, time_limit, message. Order matters: what the supervisor did
// first (a kill for a limit) wins over what followed from it (SIGKILL).
void decide_status(const RunSpec& spec, const Plan& plan, const Supervision& sv, RunResult& result);

}  // namespace sandbox
