// The verdict of a communication test (docs/problem-format.md "Communication problems"):
//   1. the judge could not run a box, or the manager failed: crashed, hit a limit, or ended by
//      itself (not stopped by the judge because a copy failed) with an exit code but 0 or without
//      a score in [0, 1] on its stdout's first line → IE;
//   2. a copy's own TLE, MLE, OLE, RE (the first copy in order), or the copies' CPU times together
//      over the time limit → TLE; a copy killed by a pipe the manager had left is not at fault;
//   3. a copy that left while the manager still wrote to it (SIGPIPE) → WA;
//   4. the score: 0 → WA, otherwise AC with that score (1: full points); the message is the
//      first line of the manager's stderr.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

#include "judge/checker_verdict.h"
#include "judge/communication_run.h"

namespace judge {

// The score on the first line of the manager's stdout: a number in [0, 1].
std::optional<double> manager_score(std::string_view stdout_text);

CheckerVerdict decide_communication(const GroupRun& run, std::chrono::microseconds time_limit);

}  // namespace judge
