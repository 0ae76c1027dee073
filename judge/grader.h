// The grading engine: compile a submission, run every test in a fresh box (with groups, group by
// group, skipping what cannot change the score), check, decide the verdict and the score. The CLI,
// batch grading and the queue worker all call this.
#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "judge/artifact_cache.h"
#include "judge/language.h"
#include "judge/problem.h"
#include "judge/verdict.h"
#include "sandbox/sandbox.h"

namespace judge {

struct GradeOptions {
  std::optional<std::string> language;  // an id from the languages file; default: by extension
  bool fail_fast = false;               // stop at the first test that is not AC
  unsigned jobs = 1;                    // tests run at once, each pinned to its own CPU
  std::function<void(const CompileReport&)> on_compile;
  // In test order, as results come in; with groups, every test (those not run as SKIPPED, each
  // once no later group can need it).
  std::function<void(const TestReport&)> on_test;
  // When it turns true, no further test starts: the tests under way finish and grade() returns
  // a report marked `cancelled` (incomplete: not a result to keep). For batch grading's stop.
  const std::atomic<bool>* cancel = nullptr;
};

class Grader {
 public:
  Grader(sandbox::Sandbox& sandbox, Languages languages, std::filesystem::path cache_dir,
         std::filesystem::path work_root = WorkDirRoot(),
         std::uint64_t cache_max_bytes = ArtifactCache::kDefaultMaxBytes);
  // Throws InputError for a submission that cannot be read or whose language is unknown;
  // every other problem is in the report (CE, or IE with a message).
  Report grade(const Problem& problem, const std::filesystem::path& submission,
               const GradeOptions& options);

  const Languages& languages() const { return languages_; }
  // Where grading work directories go by default: $TMPDIR, else /tmp.
  static std::filesystem::path WorkDirRoot();

 private:
  // The language asked for, else the one of the submission's extension; throws InputError.
  const Language* find_language(const std::filesystem::path& submission,
                                const GradeOptions& options) const;

  sandbox::Sandbox& sandbox_;
  Languages languages_;
  ArtifactCache cache_;
  std::filesystem::path work_root_;
};

}  // namespace judge
