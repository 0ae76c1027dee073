// One input validator (judge/package/validators.h) compiled like a checker program
// (judge/checker_program.h: the submissions' languages and cache) and run in a box of its own
// with one test's input on stdin and nothing else of the judge's.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "judge/checker_program.h"
#include "judge/package/validators.h"

namespace judge {

// Compiles the validator (cached). Throws InputError when no language compiles its source; a
// compile error is in the result's `error`.
PreparedChecker prepare_validator(sandbox::Sandbox& sandbox, const InputValidator& validator,
                                  const Languages& languages, ArtifactCache& cache,
                                  const std::filesystem::path& work_root);

struct Validation {
  enum class Status { Valid, Invalid, Failed };  // Failed: the validator itself did not work
  Status status = Status::Failed;
  std::string message;  // what the validator wrote (stderr, else stdout), or why it failed
};
std::string_view to_string(Validation::Status s);

// Runs the validator on `input` (a regular file, opened without following links) with its
// program.args and `args`. Kattis: exit 42 valid, 43 invalid; testlib: 0 valid, any other exit
// invalid. A signal, a limit or another Kattis exit code is Failed.
Validation run_validator(sandbox::Sandbox& sandbox, const PreparedChecker& validator,
                         const std::filesystem::path& input, const std::vector<std::string>& args);

}  // namespace judge
