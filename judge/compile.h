// The compile step: the submission compiled in its own box, its artifacts cached as a layer when
// the cache has room for them.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

#include "judge/artifact_cache.h"
#include "judge/grader_files.h"
#include "judge/language.h"
#include "judge/verdict.h"
#include "judge/work_dir.h"
#include "sandbox/sandbox.h"

namespace judge {

struct CompileOutcome {
  CompileReport report;
  std::filesystem::path layer;  // when report.status is OK or Skipped
  std::optional<CacheLease>
      lease;  // the cached layer, held until the grading ends; none: WORK/layer
};

// The compiler sees only the source, and the problem's grader files for the language when it has
// graders (judge/grader_build.h), in a fresh /box: never the tests or the judge's files.
// Anything that goes wrong with the compiler is CE, as is a language the problem has no grader
// for; a failure of the sandbox, or a grader file the judge cannot read, is IE.
CompileOutcome compile_submission(sandbox::Sandbox& sandbox, const Language& language,
                                  std::string_view source, ArtifactCache& cache, WorkDir& work,
                                  const Graders& graders = {});

}  // namespace judge
