// The verdict of one pass of an interactive test, in the order problemtools and DOMjudge decide
// it:
//   1. the judge could not run the program (IE), or the interactor failed: crashed, hung, exited
//      with a code outside its protocol, wrote nextpass.in with anything but accepted (IE);
//   2. the interactor ended first with WA: WA, whatever the program did after;
//   3. the program's own TLE, MLE, OLE, RE;
//   4. the interactor's verdict (AC with its score, or WA).
// An interactor killed by SIGPIPE after the program had gone is not at fault: the program left
// while it still talked (WA, after the program's own verdict).
#pragma once

#include "judge/checker_verdict.h"
#include "judge/interaction_pair.h"

namespace judge {

// `interactor` is what its protocol read from its exit and files; `nextpass` whether it wrote
// nextpass.in.
CheckerVerdict decide_pass(const PairRun& pair, CheckerVerdict interactor, bool nextpass);

}  // namespace judge
