// The files of an output-only submission (docs/problem-format.md, "Output-only problems"): a
// directory, or a zip extracted within bounds, holding output_<test>.txt per test. Each file is
// opened without following links, must be a regular file of at most the output limit, and is
// copied into the judge's work directory: the checks read the copy, never the submission.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "judge/problem.h"
#include "judge/verdict.h"

namespace judge {

// One test's output: `copy` when it was taken; otherwise the verdict it gets and why.
struct SubmittedOutput {
  std::filesystem::path copy;
  Verdict verdict = Verdict::WA;  // WA: missing, a link or not a regular file; OLE: too large
  std::string message;
};

struct SubmittedOutputs {
  std::vector<SubmittedOutput> tests;  // one per test of the problem, in test order
  std::vector<std::string> extra;      // entries no test uses, sorted (reported, not an error)
};

// The names test `index` may have in a submission: output_<name>.txt, then CMS's numbering
// output_<index, 3 digits>.txt when no test is named so.
std::vector<std::string> output_names(const Problem& problem, std::size_t index);

// Takes `submission`'s outputs into `work` (an empty private directory), each at most `limit`
// bytes. Throws InputError for a submission that is neither a directory nor a zip, or a zip that
// cannot be extracted safely (an entry with '..', a link, a bound exceeded).
SubmittedOutputs take_outputs(const Problem& problem, const std::filesystem::path& submission,
                              const std::filesystem::path& work, std::uint64_t limit);

}  // namespace judge
