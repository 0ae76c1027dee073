// One entry point for every problem format the judge reads: a problem.toml, a Kattis/ICPC package
// (legacy or 2025-09), a Polygon package, or a zip of any of them (docs/package-formats.md).
#pragma once

#include <filesystem>

#include "judge/problem.h"

namespace judge {

// `path`: a problem directory, the problem.toml / problem.yaml / problem.xml in one, any other
// *.toml (a problem.toml by another name), or a .zip / .kpp of a package. Problem::format says
// which format was read. A zip is extracted into a private directory under $TMPDIR, removed when
// the last copy of the Problem goes. Throws InputError (file, and line or key) for anything
// malformed or not supported.
Problem load_problem_any(const std::filesystem::path& path);

// Whether `dir` holds a problem load_problem_any would try to read (one of the files that name a
// format); a folder of problems can skip what is not one.
bool is_problem_dir(const std::filesystem::path& dir);

}  // namespace judge
