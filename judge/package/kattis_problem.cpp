#include "judge/package/kattis_problem.h"

#include <sstream>

#include "judge/errors.h"
#include "judge/package/kattis_checker.h"
#include "judge/package/kattis_data.h"
#include "judge/package/kattis_flags.h"
#include "judge/package/kattis_include.h"
#include "judge/package/kattis_limits.h"
#include "judge/package/package_dir.h"
#include "judge/package/yaml_map.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

struct Header {
  bool modern = false;  // 2025-09
  bool scoring = false;
  bool custom = false;             // a custom output validator
  bool interactive = false;        // the output validator is the interactor
  bool multi_pass = false;         // the program may run again on nextpass.in
  std::vector<std::string> flags;  // legacy validator_flags
  std::string title;
};

bool read_version(YamlMap& yaml) {
  std::string version = yaml.string("problem_format_version").value_or("legacy");
  if (version == "legacy" || version == "legacy-icpc") return false;
  if (version == "2025-09") return true;
  yaml.fail("problem_format_version",
            "'" + version + "' is not read by this judge (legacy, legacy-icpc or 2025-09)");
}

// 2025-09: a type or a list of them. A string of several words ("pass-fail interactive", as the
// format's own examples write it) is read as their list.
void read_modern_type(YamlMap& yaml, Header& h) {
  std::vector<std::string> types;
  for (const std::string& item :
       yaml.strings("type", true).value_or(std::vector<std::string>{"pass-fail"})) {
    std::istringstream words(item);
    for (std::string word; words >> word;) types.push_back(word);
  }
  for (const std::string& type : types) {
    if (type == "scoring") {
      h.scoring = true;
    } else if (type == "interactive") {
      h.interactive = true;
    } else if (type == "multi-pass") {
      h.multi_pass = true;
    } else if (type == "submit-answer") {
      yaml.fail("type", "'" + type + "' problems are not supported yet");
    } else if (type != "pass-fail") {
      yaml.fail("type", "unknown problem type '" + type + "'");
    }
  }
  if (h.multi_pass && !h.interactive)
    yaml.fail("type", "multi-pass problems that are not interactive are not supported yet");
}

// "default", or "custom" followed by any of "interactive", "multi-pass" and "score".
void read_legacy_validation(YamlMap& yaml, Header& h) {
  std::istringstream words(yaml.string("validation").value_or("default"));
  std::string first, extra;
  words >> first;
  if (first == "default" && !(words >> extra)) return;
  if (first != "custom")
    yaml.fail("validation", "must be 'default', or 'custom' followed by its options");
  h.custom = true;
  for (std::string option; words >> option;) {
    if (option == "interactive") {
      h.interactive = true;
    } else if (option == "multi-pass") {
      h.multi_pass = true;
    } else if (option == "score") {
      yaml.fail("validation", "'custom score' (legacy scoring) is not supported yet");
    } else {
      yaml.fail("validation", "unknown option '" + option + "' (interactive, multi-pass, score)");
    }
  }
  if (h.multi_pass && !h.interactive)
    yaml.fail("validation", "'custom multi-pass' without interactive is not supported yet");
}

void read_legacy_type(YamlMap& yaml, Header& h) {
  std::string type = yaml.string("type").value_or("pass-fail");
  if (type == "scoring")
    yaml.fail("type", "legacy scoring problems are not supported (the 2025-09 format's are)");
  if (type != "pass-fail") yaml.fail("type", "must be pass-fail or scoring, not '" + type + "'");
  read_legacy_validation(yaml, h);
  std::istringstream flags(yaml.string("validator_flags").value_or(""));
  for (std::string flag; flags >> flag;) h.flags.push_back(flag);
  if (yaml.has("grading"))
    yaml.fail("grading", "belongs to legacy scoring problems (not supported)");
}

std::string read_title(YamlMap& yaml, const std::string& fallback) {
  auto node = yaml.node("name");
  if (!node) return fallback;
  if (node->IsScalar()) return node->Scalar();
  if (node->IsMap()) {
    if (node->operator[]("en") && node->operator[]("en").IsScalar())
      return node->operator[]("en").Scalar();
    for (const auto& entry : *node)
      if (entry.second.IsScalar()) return entry.second.Scalar();
  }
  yaml.fail("name", "must be a string or a map of language to string");
}

Header read_header(YamlMap& yaml, const std::string& name) {
  Header h;
  h.modern = read_version(yaml);
  if (h.modern)
    read_modern_type(yaml, h);
  else
    read_legacy_type(yaml, h);
  h.title = read_title(yaml, name);
  if (yaml.has("constants")) yaml.fail("constants", "constant substitution is not supported yet");
  // What a grading does not depend on (who wrote it, where it may be published, ...).
  yaml.ignore({"uuid", "version", "credits", "source", "source_url", "license", "rights_owner",
               "embargo_until", "keywords", "author", "languages", "allow_file_writing"});
  return h;
}

CheckerSpec read_checker(const PackageDir& package, const Header& h, const KattisData& data) {
  bool has_validator = package.is_dir(package.find("output_validator")) ||
                       package.is_file(package.find("output_validator"));
  if (h.interactive && h.modern && !has_validator)
    throw InputError(package.root().string() +
                     "/output_validator: missing (an interactive problem's interactor)");
  if (h.modern && package.is_dir(package.find("output_validators")))
    throw InputError(
        package.root().string() +
        "/output_validators: the legacy name; the 2025-09 format reads output_validator/");
  std::vector<std::string> args = h.flags;
  args.insert(args.end(), data.validator_args.begin(), data.validator_args.end());
  if (h.modern ? !has_validator : !h.custom) {
    std::string where = data.validator_args_from.empty()
                            ? (package.root() / "problem.yaml").string() + ": 'validator_flags'"
                            : data.validator_args_from;
    return default_validator(args, where);
  }
  CheckerSpec spec;
  spec.type = CheckerType::Kattis;
  spec.program =
      kattis_validator_program(package, h.modern ? "output_validator" : "output_validators");
  spec.program.args = args;
  return spec;
}

}  // namespace

Problem load_kattis_problem(const PackageDir& package, const std::string& name) {
  fs::path file = package.find("problem.yaml");
  YamlMap yaml = package.is_file(file)
                     ? YamlMap::load(package, file)
                     : YamlMap::parse("", (package.root() / "problem.yaml").string());
  Header h = read_header(yaml, name);
  Problem p;
  p.graders = read_kattis_include(package);
  // The file that describes the problem: problem.yaml, else DOMjudge's ini (load_any.cpp reads
  // a package only when one of them is there).
  p.file = package.is_file(file) ? file : package.find("domjudge-problem.ini");
  p.dir = package.root();
  p.name = name;
  p.title = h.title;
  CheckerProgram checker_limits;
  unsigned passes = 1;
  p.limits = read_kattis_limits(package, yaml.map("limits"), checker_limits,
                                h.multi_pass ? &passes : nullptr);
  yaml.finish();
  KattisData data = read_kattis_data(package, {h.modern, h.scoring});
  p.checker = read_checker(package, h, data);
  p.checker.program.limits = checker_limits.limits;
  if (h.interactive) {
    // The output validator is the interactor (judge/interaction.h); the checker is unused, as
    // for a problem.toml with a kattis [interactor].
    p.interactor = InteractorSpec{std::move(p.checker), passes, false};
    p.checker = CheckerSpec{};
  }
  p.tests = std::move(data.tests);
  p.groups = std::move(data.groups);
  p.format = h.modern ? "kattis-2025-09" : "kattis-legacy";
  return p;
}

}  // namespace judge
