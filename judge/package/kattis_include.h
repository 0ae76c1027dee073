// A Kattis package's include/<language>/ directories: files added to every submission in that
// language when it compiles, mapped onto the judge's graders (judge/grader_files.h) of the
// language (docs/package-formats.md, "include/").
#pragma once

#include "judge/grader_files.h"
#include "judge/package/package_dir.h"

namespace judge {

// By judge language id, the files of include/<language>/ (none: no include/). Throws InputError,
// naming the directory or file, for what is not supported: include/default/, a language other
// than c, cpp or java, a subdirectory, a file that is not regular or over 16MiB, more than 64
// files.
Graders read_kattis_include(const PackageDir& package);

}  // namespace judge
