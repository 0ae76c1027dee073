// CMS's comparator protocol (a task's check/checker, docs/package-formats.md "CMS tasks"):
//   checker INPUT CORRECT_OUTPUT CONTESTANT_OUTPUT
// exit 0, the first line of stdout the test's score, a number in [0, 1]; the first line of stderr
// the message. Any other exit, or no such number, is the checker's failure.
#pragma once

#include "judge/checker_verdict.h"
#include "sandbox/result.h"

namespace judge {

// 0: WA; more: AC with that fraction of the test's points (as a testlib checker's points are).
CheckerVerdict cms_verdict(const sandbox::RunResult& run);

}  // namespace judge
