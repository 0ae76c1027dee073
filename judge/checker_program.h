// A checker program (Kattis or testlib protocol) in a box of its own: compiled once per grading,
// then run once per test over the test's input and answer and the judge's copy of the output,
// all three bound read-only; its working directory /box is its feedback directory.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "judge/artifact_cache.h"
#include "judge/checker_verdict.h"
#include "judge/language.h"
#include "judge/problem.h"
#include "judge/work_dir.h"
#include "sandbox/sandbox.h"

namespace judge {

// A checker ready to run: a compiled layer at /sol and its language, or a program file.
struct PreparedChecker {
  const CheckerProgram* program = nullptr;
  CheckerType type = CheckerType::Kattis;
  std::optional<Language> language;  // with a source
  std::filesystem::path layer;       // with a source
  std::optional<CacheLease> lease;   // the cached layer, or
  std::unique_ptr<WorkDir> work;     // the directory holding it
  std::string error;                 // why it could not be prepared (the grading is then IE)
};

// Compiles the checker's source with the submissions' languages and cache, its compile_files
// beside it (nothing to do for a program). Throws InputError for a source whose language is
// unknown.
PreparedChecker prepare_checker(sandbox::Sandbox& sandbox, const CheckerSpec& spec,
                                const Languages& languages, ArtifactCache& cache,
                                const std::filesystem::path& work_root);

struct CheckerFiles {
  std::filesystem::path input, answer, output;
  std::filesystem::path feedback;  // an empty host directory for the checker's files
};

// Runs the checker on one test; a checker that fails in any way is IE with its message.
CheckerVerdict run_checker(sandbox::Sandbox& sandbox, const PreparedChecker& checker,
                           const CheckerFiles& files);

}  // namespace judge
