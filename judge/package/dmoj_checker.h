// DMOJ's checkers (init.yml `checker`, DMOJ/judge-server dmoj/checkers/) mapped onto the judge's:
// the built-in names that have a built-in equivalent, and `bridged` testlib checkers and
// interactors compiled from the problem's source; the rest refused by name.
#pragma once

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <string>

#include "judge/problem.h"

namespace judge {

class PackageDir;

// How the DMOJ reader finds a file of the problem (its folder, else its archive) and fails at a
// node of init.yml (InputError with the file, line and column).
class DmojFiles {
 public:
  explicit DmojFiles(std::string file) : file_(std::move(file)) {}
  virtual ~DmojFiles() = default;
  virtual std::filesystem::path find(const YAML::Node& at, const std::string& name) const = 0;
  // Throws InputError "INIT.YML:LINE:COLUMN: MESSAGE" at the node.
  [[noreturn]] void fail(const YAML::Node& at, const std::string& message) const;

 private:
  std::string file_;
};

// `node`: the checker's name, or {name, args}. Throws InputError (through files.fail).
CheckerSpec dmoj_checker(const YAML::Node& node, const DmojFiles& files);

// init.yml `interactive`: {files, lang, type: testlib}, a testlib interactor.
InteractorSpec dmoj_interactor(const YAML::Node& node, const DmojFiles& files);

}  // namespace judge
