// One test: the compiled program in a fresh box over its layer, output checked outside the box.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "judge/checker_program.h"
#include "judge/language.h"
#include "judge/problem.h"
#include "judge/verdict.h"
#include "sandbox/sandbox.h"

namespace judge {

struct TestRun {
  const Problem& problem;
  const Language& language;
  std::filesystem::path layer;        // the compiled program, at /sol
  std::filesystem::path output_file;  // where stdout goes (the judge's, invisible to the box)
  std::optional<std::string> cpuset;  // pin to a CPU when tests run in parallel
  const PreparedChecker* checker = nullptr;  // for a checker program: ready to run
  std::filesystem::path feedback_dir;        // then an empty directory for its files
  // Interactive problems: the interactor, ready to run (judge/interaction.h).
  const PreparedChecker* interactor = nullptr;
};

TestReport run_test(sandbox::Sandbox& sandbox, const TestRun& run, const TestCase& test);

// A test in one box (no interactor, no communication manager) can have that box made ahead
// (Sandbox::prepare), while the test before it runs: start_test, later finish_test, then the
// same cleanup as after run_test. Dropping a StartedTest ends its box unrun.
bool can_start_ahead(const TestRun& run);
struct StartedTest;
struct StartedTestDeleter {
  void operator()(StartedTest* test) const;
};
using StartedTestPtr = std::unique_ptr<StartedTest, StartedTestDeleter>;
// Creates the output file and prepares the box; `test` must outlive the result (`run` is
// copied). A failure here (IE) is what finish_test reports.
StartedTestPtr start_test(sandbox::Sandbox& sandbox, const TestRun& run, const TestCase& test);
TestReport finish_test(sandbox::Sandbox& sandbox, StartedTestPtr started);

}  // namespace judge
