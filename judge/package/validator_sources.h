// A Kattis validator that is a directory of several files (input or output validator), built as
// problemtools builds a program (problemtools/run/source.py): the files of one language are its
// sources, the main one named main.* (case-insensitive) or else the first by name; every other
// file goes beside it in the compile box (docs/package-formats.md, "Validators of several files").
#pragma once

#include <filesystem>

#include "judge/problem.h"

namespace judge {

class PackageDir;

// The program of directory `dir`: `source` its main file, `compile_files` the rest. Throws
// InputError, naming the directory or file, for build/run scripts, a subdirectory, no source,
// sources of several languages, or more than 64 files.
CheckerProgram directory_program(const PackageDir& package, const std::filesystem::path& dir);

}  // namespace judge
