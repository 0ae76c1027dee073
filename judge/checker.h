// Built-in checkers: compare the program's output with the answer, outside the box.
#pragma once

#include <string>
#include <string_view>

#include "judge/problem.h"
#include "judge/text_source.h"

namespace judge {

struct CheckResult {
  bool accepted = false;
  std::string message;  // where and how the output differs
};

// exact: bytes equal. lines: equal line by line, ignoring trailing spaces and trailing empty lines.
// tokens: equal whitespace-separated tokens (case-insensitive if asked). float: tokens, where a
// token that is a number in the answer passes within abs_tolerance or rel_tolerance (by the rules
// of spec.float_rule: judge/token_match.h). Tokens and float also compare the layout of the
// whitespace when spec.layout says so (judge/layout_checker.h).
// Each reads both texts once, in step, and holds no more than a line or token of each at a time
// (the messages quote at most 40 bytes of one). It stops at the first difference, but for `exact`,
// which reads on to give both sizes.
CheckResult check(const CheckerSpec& spec, TextSource& output, TextSource& answer);
CheckResult check(const CheckerSpec& spec, std::string_view output, std::string_view answer);

}  // namespace judge
