#include "judge/package/kattis_checker.h"

#include "judge/errors.h"
#include "judge/package/package_dir.h"

namespace judge {
namespace fs = std::filesystem;

// The one source file of a program directory.
fs::path single_source(const PackageDir& package, const fs::path& dir) {
  std::vector<fs::path> files = package.list(dir);
  for (const fs::path& f : files)
    if (f.filename() == "build" || f.filename() == "run")
      throw InputError(f.string() + ": build and run scripts are not supported yet");
  if (files.size() != 1 || !package.is_file(files[0]))
    throw InputError(dir.string() + ": holds " + std::to_string(files.size()) +
                     " entries; only a validator of one source file is supported yet");
  return files[0];
}

CheckerProgram kattis_validator_program(const PackageDir& package, const std::string& dir_name) {
  fs::path dir = package.find(dir_name);
  if (!package.is_dir(dir) && !package.is_file(dir))
    throw InputError(package.root().string() + "/" + dir_name +
                     ": missing (the problem has a custom output validator)");
  fs::path program = dir;
  if (package.is_dir(dir)) {
    // The legacy output_validators/ holds programs, each a file or a directory; one is run.
    std::vector<fs::path> entries = package.list(dir);
    if (dir_name == "output_validators") {
      if (entries.size() != 1)
        throw InputError(dir.string() + ": holds " + std::to_string(entries.size()) +
                         " programs; exactly one output validator is supported");
      program = package.is_dir(entries[0]) ? single_source(package, entries[0]) : entries[0];
    } else {
      program = single_source(package, dir);
    }
  }
  CheckerProgram out;
  out.source = program;
  return out;
}

}  // namespace judge
