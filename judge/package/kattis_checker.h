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

// The one source file of a program directory (output or input validator). Throws InputError for
// none, several, or build/run scripts.
std::filesystem::path single_source(const PackageDir& package, const std::filesystem::path& dir);

// The program in `dir_name` (output_validator or output_validators): a single source file, or a
// directory holding exactly one. Throws InputError for none, several, or build/run scripts.
CheckerProgram kattis_validator_program(const PackageDir& package, const std::string& dir_name);

}  // namespace judge
