// libFuzzer: the built-in checkers on arbitrary output/answer pairs. Invariants: no crash; a text
// always matches itself; exact acceptance implies lines, tokens and float acceptance; reading the
// texts in small pieces (as files are read) gives the same result and message.
#include <cstdint>
#include <string_view>

#include "judge/checker.h"
#include "judge/text_source.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  std::string_view all(reinterpret_cast<const char*>(data + 1), size - 1);
  std::size_t cut = all.size() * data[0] / 256;
  std::string_view output = all.substr(0, cut), answer = all.substr(cut);
  judge::CheckerSpec spec;
  spec.case_sensitive = (data[0] & 1) == 0;  // tokens and float words, both ways
  bool results[4];
  int i = 0;
  for (auto type : {judge::CheckerType::Exact, judge::CheckerType::Lines,
                    judge::CheckerType::Tokens, judge::CheckerType::Float}) {
    spec.type = type;
    auto whole = judge::check(spec, output, answer);
    results[i++] = whole.accepted;
    judge::StringText out(output, 1 + data[0] % 5), ans(answer, 1 + data[0] % 7);
    auto pieces = judge::check(spec, out, ans);
    if (pieces.accepted != whole.accepted || pieces.message != whole.message) __builtin_trap();
    if (!judge::check(spec, answer, answer).accepted) __builtin_trap();
  }
  if (results[0] && !(results[1] && results[2] && results[3])) __builtin_trap();
  if (results[2] && !results[3]) __builtin_trap();
  return 0;
}
