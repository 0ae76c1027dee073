#include "judge/package/kattis_checker.h"

#include "judge/errors.h"
#include "judge/package/package_dir.h"
#include "judge/package/validator_sources.h"

namespace judge {
namespace fs = std::filesystem;

CheckerProgram kattis_validator_program(const PackageDir& package, const std::string& dir_name) {
  fs::path dir = package.find(dir_name);
  if (!package.is_dir(dir) && !package.is_file(dir))
    throw InputError(package.root().string() + "/" + dir_name +
                     ": missing (the problem has a custom output validator)");
  if (!package.is_dir(dir)) return CheckerProgram{.source = dir};
  if (dir_name != "output_validators") return directory_program(package, dir);
  // The legacy output_validators/ holds programs, each a file or a directory; one is run.
  std::vector<fs::path> entries = package.list(dir);
  if (entries.size() != 1)
    throw InputError(dir.string() + ": holds " + std::to_string(entries.size()) +
                     " programs; exactly one output validator is supported");
  if (!package.is_dir(entries[0])) return CheckerProgram{.source = entries[0]};
  return directory_program(package, entries[0]);
}

}  // namespace judge
