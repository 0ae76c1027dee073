// Grading an output-only problem (docs/problem-format.md, "Output-only problems"): the submission
// is a directory or a zip of output files (judge/output_only_files.h); each is checked against its
// test as if a program had printed it, by the problem's checker (built in, or a checker program in
// its own box), with groups and scores as for any problem. Nothing of the submission runs.
#pragma once

#include <filesystem>

#include "judge/artifact_cache.h"
#include "judge/grader.h"
#include "judge/language.h"
#include "judge/problem.h"
#include "judge/verdict.h"
#include "sandbox/sandbox.h"

namespace judge {

// What the grading uses of its Grader: the checker program's box, languages and cache.
struct OutputOnlyContext {
  sandbox::Sandbox& sandbox;
  const Languages& languages;
  ArtifactCache& cache;
  std::filesystem::path work_root;
};

// Whether `submission` is graded as the outputs of an output-only problem. Throws InputError for a
// directory given to any other problem (it takes one source file).
bool is_output_only_submission(const Problem& problem, const std::filesystem::path& submission);

// Fills `report` (tests, groups and scores; every file the problem does not use in `warnings`),
// calling options.on_test in test order. Returns false when the report is already final: IE, the
// checker program could not be prepared. The verdict is the caller's to decide from the tests.
// Throws InputError for a submission that cannot be taken (output_only_files.h).
bool grade_outputs(const OutputOnlyContext& context, const Problem& problem,
                   const std::filesystem::path& submission, const GradeOptions& options,
                   Report& report);

}  // namespace judge
