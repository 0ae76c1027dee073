// An interactive test (problem.toml [interactor]): the program and the interactor in two boxes,
// talking through two pipes; with Kattis multi-pass, again on each nextpass.in the interactor
// writes; with testlib, the problem's checker (if it names one) then grades the interactor's TOUT.
// docs/problem-format.md "Interactive problems" has the protocol and the verdict order.
#pragma once

#include <filesystem>
#include <optional>

#include "judge/artifact_cache.h"
#include "judge/run_test.h"

namespace judge {

// For a problem with an [interactor]: compiled as a checker program is (nullopt otherwise). One
// that cannot be prepared says why in its `error`: every test is then IE with it.
std::optional<PreparedChecker> prepare_interactor(sandbox::Sandbox& sandbox, const Problem& problem,
                                                  const Languages& languages, ArtifactCache& cache,
                                                  const std::filesystem::path& work_root);

// `run.interactor` is prepared; its work files go next to run.output_file and are removed.
TestReport run_interactive(sandbox::Sandbox& sandbox, const TestRun& run, const TestCase& test);

}  // namespace judge
