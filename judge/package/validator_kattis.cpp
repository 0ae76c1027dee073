// A Kattis package's input validators and the arguments each test gives them: the legacy
// testdata.yaml's `input_validator_flags` (a string, split at spaces) and the 2025-09
// test_group.yaml's (and a test case's NAME.yaml's) `input_validator_args` (a list); either may
// be a map from a validator's name to its own arguments. The setting nearest the test wins.
#include <map>
#include <sstream>

#include "judge/errors.h"
#include "judge/package/kattis_checker.h"
#include "judge/package/package_dir.h"
#include "judge/package/validator_sources.h"
#include "judge/package/validators.h"
#include "judge/package/yaml_map.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

struct ArgsSetting {
  YAML::Node node;
  std::string where;  // FILE: 'KEY', for messages
};

class ArgsReader {
 public:
  ArgsReader(const PackageDir& package, bool modern) : package_(package), modern_(modern) {}

  // The setting nearest the test: its own NAME.yaml (2025-09), else its directory's, up to data/.
  std::optional<ArgsSetting> nearest(const fs::path& input) {
    if (modern_) {
      fs::path own = fs::path(input).replace_extension(".yaml");
      if (auto s = read(own)) return s;
    }
    fs::path data = package_.root() / "data";
    for (fs::path dir = input.parent_path(); dir.string().size() >= data.string().size();
         dir = dir.parent_path()) {
      if (auto s = read(dir / (modern_ ? "test_group.yaml" : "testdata.yaml"))) return s;
      if (dir == data) break;
    }
    return std::nullopt;
  }

 private:
  std::optional<ArgsSetting> read(const fs::path& file) {
    auto cached = cache_.find(file);
    if (cached != cache_.end()) return cached->second;
    std::optional<ArgsSetting> setting;
    if (package_.is_file(file)) {
      YamlMap yaml = YamlMap::load(package_, file);
      const char* key = modern_ ? "input_validator_args" : "input_validator_flags";
      if (auto node = yaml.node(key))
        setting = ArgsSetting{*node, file.string() + ": '" + key + "'"};
    }
    return cache_[file] = setting;
  }

  const PackageDir& package_;
  bool modern_;
  std::map<fs::path, std::optional<ArgsSetting>> cache_;
};

std::vector<std::string> words(const YAML::Node& node, const std::string& where) {
  std::vector<std::string> out;
  if (node.IsNull()) return out;
  if (node.IsScalar()) {
    std::istringstream in(node.Scalar());
    for (std::string w; in >> w;) out.push_back(w);
    return out;
  }
  if (node.IsSequence()) {
    for (const YAML::Node& item : node) {
      if (!item.IsScalar()) throw InputError(where + ": a list of strings is expected");
      out.push_back(item.Scalar());
    }
    return out;
  }
  throw InputError(where + ": a string or a list of strings is expected");
}

// The arguments a setting gives the validator `entry` (its file or directory in the package).
std::vector<std::string> args_for(const ArgsSetting& setting, const fs::path& entry) {
  if (!setting.node.IsMap()) return words(setting.node, setting.where);
  for (const auto& item : setting.node) {
    std::string name = item.first.Scalar();
    if (name == entry.filename().string() || name == entry.stem().string())
      return words(item.second, setting.where + " '" + name + "'");
  }
  return {};
}

// The programs: input_validators/ holds any number, each a source file or a directory of one;
// input_validator/ is one program (a file, or a directory of one source).
std::vector<fs::path> validator_entries(const PackageDir& package) {
  std::vector<fs::path> out;
  fs::path many = package.find("input_validators");
  if (package.is_dir(many))
    for (const fs::path& entry : package.list(many)) out.push_back(entry);
  fs::path one = package.find("input_validator");
  if (package.is_dir(one) || package.is_file(one)) out.push_back(one);
  return out;
}

}  // namespace

std::vector<InputValidator> kattis_input_validators(const Problem& problem) {
  std::vector<fs::path> inputs;
  for (const TestCase& test : problem.tests) inputs.push_back(test.input);
  return kattis_input_validators(problem, inputs);
}

std::vector<InputValidator> kattis_input_validators(const Problem& problem,
                                                    const std::vector<fs::path>& inputs) {
  PackageDir package(problem.dir);
  ArgsReader reader(package, problem.format == "kattis-2025-09");
  std::vector<std::optional<ArgsSetting>> settings;
  for (const fs::path& input : inputs) settings.push_back(reader.nearest(input));
  std::vector<InputValidator> out;
  for (const fs::path& entry : validator_entries(package)) {
    InputValidator v;
    v.spec.type = CheckerType::Kattis;
    if (package.is_dir(entry))
      v.spec.program = directory_program(package, entry);
    else
      v.spec.program.source = entry;
    v.name = v.spec.program.source.lexically_relative(package.root()).string();
    for (const auto& setting : settings)
      v.test_args.push_back(setting ? args_for(*setting, entry) : std::vector<std::string>{});
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace judge
