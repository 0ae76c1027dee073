// Graders (docs/problem-format.md, "Graders"): files a problem compiles together with the
// submission, per language, as IOI and CMS problems do (a grader.cpp with the main function and a
// header the submission implements).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace judge {

class TomlTable;

struct GraderFiles {
  // The problem's files, each in the compile box's /box under its own file name, read-only. Those
  // with one of the language's extensions are compiled (the compile command's {sources}).
  std::vector<std::filesystem::path> files;
  std::string submission_name;    // the submission's name in /box; empty: the language's source
  std::string main;               // the run command's {main}; empty: see resolve_language()
  std::vector<std::string> keep;  // names of `files` the program may read at run time (at /sol)
};

// By language id. Empty: the problem has no grader, submissions compile alone.
using Graders = std::map<std::string, GraderFiles>;

// The [grader.ID] tables of problem.toml, `base` the problem's directory. Throws InputError
// (file:line:column).
Graders read_graders(TomlTable& root, const std::filesystem::path& base);

}  // namespace judge
