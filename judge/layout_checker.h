// The built-in token checkers (tokens, float) when the layout of the whitespace counts
// (CheckerSpec::layout other than Any): line by line, as CMS's white-diff and DMOJ's standard and
// floats compare, or whitespace byte for byte, as Kattis's space_change_sensitive. Each reads both
// texts once, in step, holding no more than a token of each.
#pragma once

#include "judge/checker.h"

namespace judge {

// Layout Lines, NonBlank or NonEmpty: the texts as lines of tokens, the lines that do not count
// left out; each line must have the answer's tokens.
CheckResult compare_token_lines(const CheckerSpec& spec, TextSource& output, TextSource& answer);

// Layout Exact: tokens as `spec` compares them, and between them, before the first and after the
// last, the answer's whitespace byte for byte (a missing final newline is a difference).
CheckResult compare_exact_space(const CheckerSpec& spec, TextSource& output, TextSource& answer);

}  // namespace judge
