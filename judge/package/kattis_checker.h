// How a Kattis/ICPC package's output is checked: the default output validator (a built-in checker,
// judge/package/kattis_flags.h) or the package's own output validator, run with the Kattis
// protocol.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "judge/problem.h"

namespace judge {

class PackageDir;

// The program in `dir_name` (output_validator or output_validators): a single source file, or a
// directory of sources (judge/package/validator_sources.h). Throws InputError for none, several
// programs, or what directory_program() refuses.
CheckerProgram kattis_validator_program(const PackageDir& package, const std::string& dir_name);

}  // namespace judge
