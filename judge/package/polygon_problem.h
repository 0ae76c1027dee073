// A Polygon package (problem.xml), read in place (docs/package-formats.md).
#pragma once

#include <string>
#include <string_view>

#include "judge/problem.h"

namespace judge {

class PackageDir;

// `fallback_name` is used when problem.xml has no usable short-name. Throws InputError naming the
// file and element or attribute of anything malformed or not supported.
Problem load_polygon_problem(const PackageDir& package, const std::string& fallback_name);

// "tests/%02d" with test number 7: "tests/07". Only one %d (with an optional zero-padded width)
// and %%; anything else is nullopt.
std::optional<std::string> polygon_test_path(std::string_view pattern, unsigned number);

}  // namespace judge
