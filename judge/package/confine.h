// A zipped package is somebody else's files: whatever format it holds, every file the Problem read
// from it names must be inside the extracted copy. The package formats' own readers check this
// (judge/package/package_dir.h); problem.toml does not (a problem directory is the operator's, and
// may share files with its neighbours), so a zip holding a problem.toml is checked here once it is
// read: otherwise `input = "/etc/shadow"` in it would be read by the judge (root) and bound into
// every box as a test.
#pragma once

#include "judge/package/package_dir.h"
#include "judge/problem.h"

namespace judge {

// Throws InputError "PATH: outside the zipped package ..." for the first file of `problem` (tests,
// checker, interactor, manager, input validators, grader files) that resolves outside `package`.
void confine_to_zip(const Problem& problem, const PackageDir& package);

}  // namespace judge
