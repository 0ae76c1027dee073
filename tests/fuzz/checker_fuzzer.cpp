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
  // Line-aware layouts (issue 16): the same invariants, and acceptance with the answer's exact
  // whitespace implies acceptance by each line layout, which implies acceptance by tokens alone.
  // DMOJ's float rules run too, but not against the answer itself (DMOJ rejects nan against nan).
  spec.type = (data[0] & 2) ? judge::CheckerType::Float : judge::CheckerType::Tokens;
  bool by_layout[5];
  int k = 0;
  for (auto layout : {judge::Layout::Exact, judge::Layout::Lines, judge::Layout::NonBlank,
                      judge::Layout::NonEmpty, judge::Layout::Any}) {
    spec.layout = layout;
    spec.float_rule = judge::FloatRule::Judge;
    auto whole = judge::check(spec, output, answer);
    by_layout[k++] = whole.accepted;
    judge::StringText out(output, 1 + data[0] % 3), ans(answer, 1 + data[0] % 4);
    auto pieces = judge::check(spec, out, ans);
    if (pieces.accepted != whole.accepted || pieces.message != whole.message) __builtin_trap();
    if (!judge::check(spec, answer, answer).accepted) __builtin_trap();
    spec.float_rule = (data[0] & 4) ? judge::FloatRule::DmojRelative : judge::FloatRule::Kattis;
    judge::check(spec, output, answer);
  }
  if (by_layout[0] && !(by_layout[1] && by_layout[2] && by_layout[3])) __builtin_trap();
  if ((by_layout[1] || by_layout[2] || by_layout[3]) && !by_layout[4]) __builtin_trap();
  return 0;
}
