// Built-in checkers: compare the program's output with the answer, outside the box.
#pragma once

#include <string>
#include <string_view>

#include "judge/problem.h"

namespace judge {

struct CheckResult {
  bool accepted = false;
  std::string message;  // where and how the output differs
};

// exact: bytes equal. lines: equal line by line, ignoring trailing spaces and trailing empty lines.
// tokens: equal whitespace-separated tokens (case-insensitive if asked). float: tokens, where a
// token that is a number in the answer passes within abs_tolerance or rel_tolerance.
CheckResult check(const CheckerSpec& spec, std::string_view output, std::string_view answer);

}  // namespace judge
