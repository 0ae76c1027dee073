// The problems a batch grades, by name: each loaded once, with its version for resume keys.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "judge/problem.h"

namespace judge::batch {

class ProblemCatalog {
 public:
  // Every problem DIR/<name> (a problem.toml or a package, docs/package-formats.md) and every
  // DIR/<name>.zip of a package, by that name. A problem that does not load is kept with
  // its error: the entries that name it get that error, the others are graded.
  static ProblemCatalog from_dir(const std::filesystem::path& dir);
  // One problem (`--problem PATH`, any format), by the name it gives. Throws InputError.
  static ProblemCatalog single(const std::filesystem::path& problem_file);

  struct Item {
    Problem problem;
    std::string version;  // problem_version(problem); empty when `error` is set
    std::string error;    // why it did not load
  };
  // nullptr when no problem has that name.
  const Item* find(const std::string& name) const;
  std::vector<std::string> names() const;

 private:
  std::map<std::string, Item> items_;
};

}  // namespace judge::batch
