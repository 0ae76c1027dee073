#include "judge/package/kattis_settings.h"

#include <sstream>

#include "judge/errors.h"
#include "judge/package/package_dir.h"
#include "judge/package/yaml_map.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

std::vector<std::string> split_words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

void read_validator_args(YamlMap& yaml, KattisSettings& settings) {
  if (auto args = yaml.strings("output_validator_args")) {
    settings.validator_args = *args;
    settings.validator_args_from = yaml.file();
    settings.validator_args_key = "output_validator_args";
  }
  if (auto args = yaml.strings("args"); args && !args->empty())
    yaml.fail("args", "command-line arguments for submissions are not supported yet");
  yaml.ignore({"input_validator_args", "input_visualizer_args", "output_visualizer_args",
               "static_validator_args", "full_feedback", "hint", "description"});
}

GroupScoring aggregation(YamlMap& yaml) {
  std::string value = *yaml.string("score_aggregation");
  if (value == "pass-fail") return GroupScoring::PassFail;
  if (value == "sum") return GroupScoring::Sum;
  if (value == "min") return GroupScoring::Min;
  yaml.fail("score_aggregation", "must be pass-fail, sum or min, not '" + value + "'");
}

KattisGroupScore read_score(YamlMap& yaml, KattisDirKind kind) {
  KattisGroupScore score;
  for (const char* key : {"max_score", "score_aggregation", "require_pass"})
    if (yaml.has(key) && kind != KattisDirKind::Secret && kind != KattisDirKind::Group)
      yaml.fail(key, "only in data/secret and its test groups");
  if (yaml.has("max_score")) {
    if (yaml.string("max_score") == "unbounded")
      yaml.fail("max_score", "unbounded scores are not supported (give the group's points)");
    double points = *yaml.number("max_score");
    if (!(points >= 0) || points > 1e9) yaml.fail("max_score", "must be in [0, 1e9]");
    score.max_score = points;
  }
  if (yaml.has("score_aggregation")) score.aggregation = aggregation(yaml);
  score.require_pass = yaml.strings("require_pass", true).value_or(std::vector<std::string>{});
  if (yaml.has("static_validation_score"))
    yaml.fail("static_validation_score", "static validation is not supported");
  return score;
}

KattisGroupScore read_test_group(YamlMap& yaml, KattisSettings& settings, KattisDirKind kind) {
  if (kind == KattisDirKind::Nested)
    yaml.fail_here("test groups do not nest: no test_group.yaml below a test group");
  read_validator_args(yaml, settings);
  KattisGroupScore score = read_score(yaml, kind);
  yaml.finish();
  return score;
}

void read_testdata(YamlMap& yaml, KattisSettings& settings) {
  if (auto flags = yaml.string("output_validator_flags")) {
    settings.validator_args = split_words(*flags);
    settings.validator_args_from = yaml.file();
    settings.validator_args_key = "output_validator_flags";
  }
  if (auto grading = yaml.string("grading"); grading && *grading != "default")
    yaml.fail("grading", "only the default grader is supported, not '" + *grading + "'");
  if (auto on_reject = yaml.string("on_reject");
      on_reject && *on_reject != "break" && *on_reject != "continue")
    yaml.fail("on_reject", "must be break or continue");
  for (const std::string& flag : split_words(yaml.string("grader_flags").value_or("")))
    if (flag != "first_error" && flag != "sum" && flag != "min" && flag != "max" && flag != "avg")
      yaml.fail("grader_flags", "'" + flag + "' is not supported (it changes the verdict)");
  // Scores matter only to scoring problems, which this judge reads in the 2025-09 format only.
  yaml.ignore({"input_validator_flags", "accept_score", "reject_score", "range"});
  yaml.finish();
}

}  // namespace

KattisGroupScore read_dir_settings(const PackageDir& package, const fs::path& dir,
                                   KattisSettings& settings, bool modern, KattisDirKind kind) {
  const char* mine = modern ? "test_group.yaml" : "testdata.yaml";
  const char* other = modern ? "testdata.yaml" : "test_group.yaml";
  if (package.is_file(package.find(dir.lexically_relative(package.root()) / other)))
    throw InputError((dir / other).string() + ": not read in the " +
                     (modern
                          ? "2025-09 format (it reads test_group.yaml)"
                          : "legacy format (it reads testdata.yaml; set problem_format_version)"));
  fs::path file = package.find(dir.lexically_relative(package.root()) / mine);
  if (!package.is_file(file)) return {};
  auto yaml = std::make_shared<YamlMap>(YamlMap::load(package, file));
  if (!modern) {
    read_testdata(*yaml, settings);
    return {};
  }
  KattisGroupScore score = read_test_group(*yaml, settings, kind);
  score.settings = yaml;
  return score;
}

void read_test_case_yaml(const PackageDir& package, const fs::path& file,
                         KattisSettings& settings) {
  YamlMap yaml = YamlMap::load(package, file);
  read_validator_args(yaml, settings);
  yaml.finish();
}

}  // namespace judge
