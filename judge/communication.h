// A communication test (problem.toml [manager], CMS's Communication task type): the manager and
// N copies of the program, each in a box of its own, each copy talking to the manager through two
// pipes of its own. docs/problem-format.md "Communication problems" has the protocol and the
// verdict order (judge/communication_verdict.h).
#pragma once

#include <filesystem>
#include <optional>

#include "judge/artifact_cache.h"
#include "judge/run_test.h"

namespace judge {

// For a problem with a [manager]: compiled as a checker program is (nullopt otherwise). One that
// cannot be prepared says why in its `error`: every test is then IE with it.
std::optional<PreparedChecker> prepare_manager(sandbox::Sandbox& sandbox, const Problem& problem,
                                               const Languages& languages, ArtifactCache& cache,
                                               const std::filesystem::path& work_root);

// The box the program talks to, if any: the interactor (judge/interaction.h) or the manager.
std::optional<PreparedChecker> prepare_partner(sandbox::Sandbox& sandbox, const Problem& problem,
                                               const Languages& languages, ArtifactCache& cache,
                                               const std::filesystem::path& work_root);

// `run.interactor` is the prepared manager.
TestReport run_communication(sandbox::Sandbox& sandbox, const TestRun& run, const TestCase& test);

}  // namespace judge
