// The box's side talking to the supervisor: ChildReport records on Plan::report_fd, and the errno
// of a failed exec on Plan::exec_fd. No allocation (see plan.h).
#pragma once

#include "sandbox/plan.h"

namespace sandbox::report {

// Writes one record whole (each is under PIPE_BUF: the write is atomic). With no reader left the
// write raises SIGPIPE, which kills the box's init: its judge is gone.
void send(const Plan& plan, const ChildReport& record);
// A setup step failed: reports it (SetupFailed) and exits (process::exit_now; so it is not marked
// [[noreturn]], but it does not return). Every setup step of either side ends here when it fails,
// so the supervisor sees one kind of failure.
void fail(const Plan& plan, StepResult failed);
// The program could not be executed: its errno on the exec pipe (which a successful exec closes
// instead). It returns, and the caller exits (see payload_main: nothing of ours that does not
// return is called from the program's stack).
void exec_error(const Plan& plan, int err);

}  // namespace sandbox::report
