// The Kattis default output validator's flags (problem.yaml `validator_flags`, testdata.yaml
// `output_validator_flags`, test_group.yaml `output_validator_args`) as a built-in checker.
#pragma once

#include <string>
#include <vector>

#include "judge/problem.h"

namespace judge {

// Words compare case-insensitively and whitespace changes are ignored (tokens); `case_sensitive`
// makes words case-sensitive; `space_change_sensitive` makes the whitespace count byte for byte
// (layout Exact); any float_* tolerance compares numbers with it (float, by Kattis's rule: C's
// number syntax). Throws InputError "WHERE: ..." for an unknown flag, or a tolerance that is not a
// number in [0, 1).
CheckerSpec default_validator(const std::vector<std::string>& flags, const std::string& where);

}  // namespace judge
