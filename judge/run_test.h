// One test: the compiled program in a fresh box over its layer, output checked outside the box.
#pragma once

#include <filesystem>
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

}  // namespace judge
