// libFuzzer: the built-in checkers on arbitrary output/answer pairs. Invariants: no crash; a text
// always matches itself; exact acceptance implies lines, tokens and float acceptance.
#include <cstdint>
#include <string_view>

#include "judge/checker.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  std::string_view all(reinterpret_cast<const char*>(data + 1), size - 1);
  std::size_t cut = all.size() * data[0] / 256;
  std::string_view output = all.substr(0, cut), answer = all.substr(cut);
  judge::CheckerSpec spec;
  bool results[4];
  int i = 0;
  for (auto type : {judge::CheckerType::Exact, judge::CheckerType::Lines, judge::CheckerType::Tokens, judge::CheckerType::Float}) {
    spec.type = type;
    results[i++] = judge::check(spec, output, answer).accepted;
    if (!judge::check(spec, answer, answer).accepted) __builtin_trap();
  }
  if (results[0] && !(results[1] && results[2] && results[3])) __builtin_trap();
  if (results[2] && !results[3]) __builtin_trap();
  return 0;
}
