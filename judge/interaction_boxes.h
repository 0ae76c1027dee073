// The two boxes of an interactive test: the submission's, and the interactor's, which is a checker
// program's box (judge/checker_program.h prepared and compiled it) seeing the test's input and
// answer, with its feedback directory as working directory. Their stdin and stdout are the pipes
// run_pair() makes.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

#include "judge/checker_program.h"
#include "judge/run_test.h"
#include "sandbox/spec.h"

namespace judge {

// The interactor's files in its box: testlib's TOUT, and Kattis' next pass's input.
inline constexpr const char* kToutFile = "tout";
inline constexpr const char* kNextPassFile = "nextpass.in";

// The program's box: its language's run command over its layer, the problem's limits (each pass
// has them all), stderr kept for the message.
sandbox::RunSpec interactive_program_spec(const TestRun& run);

struct InteractorFiles {
  std::filesystem::path input, answer;
  std::filesystem::path feedback;  // an empty host directory: what the interactor wrote
  // Multi-pass: the feedback files of the pass before, seeded into the interactor's /box.
  std::vector<sandbox::SeedFile> carried;
  bool multi_pass = false;  // take nextpass.in out too
};

// The interactor's box. Its wall time runs while the program's does and then as long as its own
// limit: it waits on the program, not the other way round. `tout_bytes` bounds TOUT (testlib).
sandbox::RunSpec interactor_spec(const PreparedChecker& interactor, const InteractorFiles& files,
                                 std::chrono::microseconds program_wall, std::uint64_t tout_bytes);

}  // namespace judge
