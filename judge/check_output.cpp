#include "judge/check_output.h"

#include "judge/text_source.h"

namespace judge {
namespace {

constexpr std::uint64_t kAnswerLimit = std::uint64_t{1} << 31;

}  // namespace

// Both files are read in pieces as the checker goes: the judge's memory for a check is two pieces
// and the longest line or token, not the output (mapping the files instead would have put up to
// output + answer in the judge's resident memory, and a file truncated under the mapping would
// SIGBUS the judge). A file that cannot be read whole makes the check worthless whatever it said:
// IE, never WA.
OutputCheck check_output(const CheckerSpec& spec, const std::filesystem::path& output,
                         std::uint64_t output_limit, const std::filesystem::path& answer) {
  FileText out(output, output_limit);
  if (!out.error().empty())
    return {std::nullopt, "cannot read the program's output: " + out.error()};
  FileText ans(answer, kAnswerLimit);
  if (!ans.error().empty())
    return {std::nullopt, "cannot read " + answer.string() + ": " + ans.error()};
  CheckResult result = check(spec, out, ans);
  if (!out.error().empty())
    return {std::nullopt, "cannot read the program's output: " + out.error()};
  if (!ans.error().empty())
    return {std::nullopt, "cannot read " + answer.string() + ": " + ans.error()};
  return {std::move(result), ""};
}

}  // namespace judge
