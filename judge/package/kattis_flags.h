// The Kattis default output validator's flags (problem.yaml `validator_flags`, testdata.yaml
// `output_validator_flags`, test_group.yaml `output_validator_args`) as a built-in checker.
#pragma once

#include <string>
#include <vector>

#include "judge/problem.h"

namespace judge {

// Words compare case-insensitively and whitespace changes are ignored (tokens); `case_sensitive`
// makes words case-sensitive; any float_* tolerance compares numbers with it (float). Throws
// InputError "WHERE: ..." for space_change_sensitive (not built yet), an unknown flag, or a
// tolerance that is not a number in [0, 1).
CheckerSpec default_validator(const std::vector<std::string>& flags, const std::string& where);

}  // namespace judge
