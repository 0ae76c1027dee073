#include "judge/package/cms_subtasks.h"

#include <cmath>
#include <sstream>

#include "judge/errors.h"
#include "judge/package/yaml_map.h"

namespace judge {

namespace {

std::string trim(const std::string& s) {
  std::size_t begin = s.find_first_not_of(" \t\r\n\f\v");
  if (begin == std::string::npos) return "";
  return s.substr(begin, s.find_last_not_of(" \t\r\n\f\v") - begin + 1);
}

// The points of a `# ST: N` marker: a whole number, as italy_yaml's int() takes it.
double marker_points(const std::string& text, const std::string& file, unsigned line) {
  std::string digits = trim(text);
  std::size_t used = 0;
  long value = -1;
  try {
    value = std::stol(digits, &used);
  } catch (const std::exception&) {
  }
  if (digits.empty() || used != digits.size() || value < 0 || value > 1'000'000)
    throw InputError(file, line, 0, "'# ST: " + digits + "': the points must be a whole number");
  return static_cast<double>(value);
}

TestGroup group(std::string name, double points, GroupScoring scoring, std::size_t first,
                std::size_t count) {
  TestGroup g{std::move(name), points, scoring, {}, {}};
  for (std::size_t t = first; t < first + count; ++t) g.tests.push_back(t);
  return g;
}

std::vector<TestGroup> sum_groups(double per_test, std::size_t tests) {
  if (tests == 0) return {};
  return {group("all", per_test * static_cast<double>(tests), GroupScoring::Sum, 0, tests)};
}

// GroupMin over [points, tests] pairs: consecutive tests, subtask 1 first.
std::vector<TestGroup> min_groups(const std::vector<std::pair<double, std::size_t>>& subtasks,
                                  std::size_t tests, const std::string& where) {
  std::vector<TestGroup> out;
  std::size_t next = 0;
  for (const auto& [points, count] : subtasks) {
    std::string name = "subtask" + std::to_string(out.size() + 1);
    if (count == 0) throw InputError(where + ": " + name + " has no tests");
    if (next + count > tests) break;
    out.push_back(group(name, points, GroupScoring::Min, next, count));
    next += count;
  }
  if (next != tests || out.size() != subtasks.size())
    throw InputError(where + ": the subtasks' tests add up to something other than the task's " +
                     std::to_string(tests) + " tests");
  return out;
}

std::vector<std::pair<double, std::size_t>> group_min_parameters(YamlMap& yaml) {
  auto node = yaml.node("score_type_parameters");
  if (!node || !node->IsSequence())
    yaml.fail("score_type_parameters", "GroupMin needs a list of [points, number of tests]");
  std::vector<std::pair<double, std::size_t>> out;
  for (const YAML::Node& item : *node) {
    double points = 0;
    long count = -1;
    if (!item.IsSequence() || item.size() != 2 || !item[0].IsScalar() || !item[1].IsScalar() ||
        !YAML::convert<double>::decode(item[0], points) || !(points >= 0 && points <= 1e9))
      yaml.fail("score_type_parameters", "each subtask must be [points, number of tests]");
    if (!YAML::convert<long>::decode(item[1], count) || count < 0)
      yaml.fail("score_type_parameters",
                "'" + item[1].Scalar() +
                    "': a regular expression of test names is not supported (give the number of "
                    "tests)");
    out.emplace_back(points, static_cast<std::size_t>(count));
  }
  return out;
}

std::vector<TestGroup> from_score_type(YamlMap& yaml, const std::string& type, std::size_t tests) {
  if (type == "Sum") {
    auto per_test = yaml.number("score_type_parameters");
    if (!per_test || !(*per_test >= 0 && *per_test <= 1e9))
      yaml.fail("score_type_parameters", "Sum needs the points of each test (a number)");
    return sum_groups(*per_test, tests);
  }
  if (type == "GroupMin")
    return min_groups(group_min_parameters(yaml), tests, yaml.file() + ": 'score_type_parameters'");
  yaml.fail("score_type", "'" + type + "' is not supported (Sum or GroupMin)");
}

}  // namespace

CmsGen parse_cms_gen(const std::string& text, const std::string& file) {
  CmsGen gen;
  std::optional<double> points;
  std::size_t in_subtask = 0;
  std::istringstream in(text);
  unsigned number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    line = trim(line);
    std::size_t hash = line.find('#');
    std::string test = trim(line.substr(0, hash));
    std::string comment = hash == std::string::npos ? "" : trim(line.substr(hash + 1));
    bool is_copy = comment.starts_with("COPY:"), is_marker = comment.starts_with("ST:");
    if (int(!test.empty()) + int(is_copy) + int(is_marker) > 1)
      throw InputError(file, number, 0, "a test and a command on the same line");
    if (!test.empty() || is_copy) ++gen.tests, ++in_subtask;
    if (!is_marker) continue;
    if (points) gen.subtasks.emplace_back(*points, in_subtask);
    if (!points && in_subtask > 0)
      throw InputError(file, number, 0, "tests before the first '# ST:' marker");
    points = marker_points(comment.substr(3), file, number);
    in_subtask = 0;
  }
  if (points) gen.subtasks.emplace_back(*points, in_subtask);
  return gen;
}

std::vector<TestGroup> cms_groups(YamlMap& yaml, const std::optional<CmsGen>& gen,
                                  std::size_t tests) {
  auto type = yaml.string("score_type");
  auto total = yaml.number("total_value");
  if (type && gen && !gen->subtasks.empty())
    yaml.fail("score_type", "gen/GEN has '# ST:' subtasks too: say the scoring in one place");
  if (type && total) yaml.fail("total_value", "is not used with score_type (give its parameters)");
  if (!type && yaml.has("score_type_parameters"))
    yaml.fail("score_type_parameters", "without score_type");
  if (type) return from_score_type(yaml, *type, tests);
  if (gen && !gen->subtasks.empty())
    return min_groups(gen->subtasks, tests, yaml.file() + " and gen/GEN");
  if (total && !(*total >= 0 && *total <= 1e9)) yaml.fail("total_value", "must be 0 to 10^9");
  return sum_groups(total.value_or(100) / static_cast<double>(tests ? tests : 1), tests);
}

}  // namespace judge
