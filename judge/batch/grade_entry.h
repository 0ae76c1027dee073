// One entry of a batch, from its files to its results line: checked, skipped when already
// graded, graded, written.
#pragma once

#include <atomic>
#include <nlohmann/json.hpp>
#include <optional>

#include "judge/batch/compile_gate.h"
#include "judge/batch/entry.h"
#include "judge/batch/problem_catalog.h"
#include "judge/batch/result_log.h"
#include "judge/grader.h"

namespace judge::batch {

struct EntryResult {
  nlohmann::json line;   // the entry's results line (the earlier one when skipped)
  bool skipped = false;  // already graded with the same key: nothing was run or written
};

class EntryGrader {
 public:
  // All referenced objects must outlive the grader; `stop` is read as grading goes.
  EntryGrader(const ProblemCatalog& problems, ResultLog& log, CompileGate& gate,
              const std::atomic<bool>& stop, bool rejudge)
      : problems_(problems), log_(log), gate_(gate), stop_(stop), rejudge_(rejudge) {}

  // Grades `entry` with `grader` (one test at a time) and appends its line to the log, or finds
  // it done. nullopt when a stop request ended the grading: nothing was written, and the next
  // run grades it. Throws only when the log cannot be written.
  std::optional<EntryResult> run(const Entry& entry, Grader& grader) const;

 private:
  // What grading needs, checked first; `error` says why an entry cannot be graded.
  struct Prepared {
    const ProblemCatalog::Item* problem = nullptr;
    std::string language, source, key, error;
  };
  Prepared prepare(const Entry& entry, const Languages& languages) const;
  std::optional<Report> grade(const Entry& entry, const Prepared& prepared, Grader& grader,
                              std::string& input_error) const;

  const ProblemCatalog& problems_;
  ResultLog& log_;
  CompileGate& gate_;
  const std::atomic<bool>& stop_;
  bool rejudge_;
};

}  // namespace judge::batch
