// An interactive test (problem.toml [interactor]): the program and the interactor in two boxes,
// talking through two pipes; with Kattis multi-pass, again on each nextpass.in the interactor
// writes; with testlib, the problem's checker (if it names one) then grades the interactor's TOUT.
// docs/problem-format.md "Interactive problems" has the protocol and the verdict order.
#pragma once

#include "judge/run_test.h"

namespace judge {

// `run.interactor` is prepared; its work files go next to run.output_file and are removed.
TestReport run_interactive(sandbox::Sandbox& sandbox, const TestRun& run, const TestCase& test);

}  // namespace judge
