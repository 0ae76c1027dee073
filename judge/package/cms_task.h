// A CMS task in the italy_yaml layout (cms-dev/cms cmscontrib/loaders/italy_yaml.py), as Italian
// and other olympiads keep them: task.yaml, input/inputN.txt, output/outputN.txt, gen/GEN subtask
// markers, sol/grader.*; mapped onto the judge's Problem (docs/package-formats.md, "CMS tasks").
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "judge/problem.h"

namespace judge {

class PackageDir;

// Throws InputError naming the file and key of anything malformed or not supported (comparator
// checkers, Communication tasks, output-only tasks, score types other than Sum and GroupMin).
Problem load_cms_task(const PackageDir& package, const std::string& fallback_name);

// The reference solutions in sol/, which `judge verify` expects to be AC: the files named after
// the task (NAME.c, NAME.cpp, NAME.py, as CMS names a submission) or soluzione.* (the Italian
// convention); the graders and headers are not among them. Sorted by name.
std::vector<std::filesystem::path> cms_reference_solutions(const PackageDir& package,
                                                           const std::string& task_name);

}  // namespace judge
