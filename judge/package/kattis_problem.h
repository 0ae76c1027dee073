// A Kattis/ICPC problem package (the legacy format and 2025-09), read in place
// (docs/package-formats.md).
#pragma once

#include <string>

#include "judge/problem.h"

namespace judge {

class PackageDir;

// `name` is the problem's identifier (the package directory's name). Throws InputError naming the
// file and key of anything malformed or not supported.
Problem load_kattis_problem(const PackageDir& package, const std::string& name);

}  // namespace judge
