// One token of the output against one of the answer, as the built-in checkers compare them
// (judge/checker.h): equal, equal but for case, or numbers within a tolerance, by the rules of
// the judge whose semantics the spec carries (CheckerSpec::float_rule).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "judge/problem.h"

namespace judge {

// `text` in quotes for a message: its first 40 bytes, those not printable as \xNN.
std::string quote(std::string_view text);

// Nothing when `found` matches `expected`; else why not: "expected 'X', found 'Y'" and, for
// numbers out of tolerance, their difference.
std::optional<std::string> token_mismatch(const CheckerSpec& spec, std::string_view found,
                                          std::string_view expected);

}  // namespace judge
