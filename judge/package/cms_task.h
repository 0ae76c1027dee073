// A CMS task in the italy_yaml layout (cms-dev/cms cmscontrib/loaders/italy_yaml.py), as Italian
// and other olympiads keep them: task.yaml, input/inputN.txt, output/outputN.txt, gen/GEN subtask
// markers, sol/grader.*; mapped onto the judge's Problem (docs/package-formats.md, "CMS tasks").
#pragma once

#include <string>

#include "judge/problem.h"

namespace judge {

class PackageDir;

// Throws InputError naming the file and key of anything malformed or not supported (comparator
// checkers, Communication tasks, output-only tasks, score types other than Sum and GroupMin).
Problem load_cms_task(const PackageDir& package, const std::string& fallback_name);

}  // namespace judge
