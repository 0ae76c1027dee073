#include "judge/test_groups.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "judge/problem.h"
#include "judge/toml_reader.h"

namespace judge {

std::string to_string(GroupScoring s) {
  switch (s) {
    case GroupScoring::Min: return "min";
    case GroupScoring::Sum: return "sum";
    case GroupScoring::PassFail: return "pass-fail";
  }
  return "min";
}

bool matches_pattern(std::string_view pattern, std::string_view name) {
  // Iterative glob matching: on a mismatch, let the last '*' swallow one more character.
  std::size_t p = 0, n = 0, star = std::string_view::npos, resume = 0;
  while (n < name.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == name[n])) {
      ++p;
      ++n;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = n;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      n = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

namespace {

constexpr double kMaxPoints = 1e9;

GroupScoring read_scoring(TomlTable& table) {
  static const std::map<std::string, GroupScoring> kScorings{{"min", GroupScoring::Min},
                                                             {"sum", GroupScoring::Sum},
                                                             {"pass-fail", GroupScoring::PassFail}};
  std::string name = table.string("scoring").value_or("min");
  auto it = kScorings.find(name);
  if (it == kScorings.end())
    table.fail("scoring", "unknown scoring '" + name + "' (use min, sum or pass-fail)");
  return it->second;
}

// The tests whose names match any of the patterns, in test order; a pattern matching nothing is
// a mistake (a renamed test would otherwise silently leave its group).
std::vector<std::size_t> read_members(TomlTable& table, const std::vector<TestCase>& tests) {
  auto patterns = table.strings("tests");
  if (!patterns) table.fail_here("needs tests = [\"PATTERN\", ...] (test names; * and ? match)");
  if (patterns->empty()) table.fail("tests", "must name at least one test");
  std::vector<bool> member(tests.size(), false);
  for (const std::string& pattern : *patterns) {
    bool any = false;
    for (std::size_t i = 0; i < tests.size(); ++i)
      if (matches_pattern(pattern, tests[i].name)) member[i] = any = true;
    if (!any) table.fail("tests", "'" + pattern + "' matches no test");
  }
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < tests.size(); ++i)
    if (member[i]) out.push_back(i);
  return out;
}

// Only groups above this one: so the groups are graded in file order and no cycle can exist.
std::vector<std::size_t> read_dependencies(TomlTable& table, const std::string& self,
                                           const std::vector<TestGroup>& earlier,
                                           const std::vector<TomlTable>& all) {
  std::vector<std::size_t> out;
  for (const std::string& name : table.strings("depends_on").value_or(std::vector<std::string>{})) {
    auto it = std::find_if(earlier.begin(), earlier.end(),
                           [&](const TestGroup& g) { return g.name == name; });
    if (it != earlier.end()) {
      auto index = static_cast<std::size_t>(it - earlier.begin());
      if (std::find(out.begin(), out.end(), index) == out.end()) out.push_back(index);
      continue;
    }
    if (name == self) table.fail("depends_on", "group '" + self + "' depends on itself");
    bool later = std::any_of(all.begin(), all.end(),
                             [&](TomlTable t) { return t.string("name").value_or("") == name; });
    table.fail("depends_on", later ? "'" + name + "' is listed later: a group depends only on " +
                                         "groups above it (which also rules out cycles)"
                                   : "unknown group '" + name + "'");
  }
  return out;
}

bool is_group_name(const std::string& name) {
  static const std::string kAllowed =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";
  return !name.empty() && name.size() <= 64 && name.find_first_not_of(kAllowed) == name.npos;
}

TestGroup read_group(TomlTable& table, const std::vector<TestCase>& tests,
                     const std::vector<TestGroup>& earlier, const std::vector<TomlTable>& all) {
  TestGroup g;
  g.name = table.required_string("name");
  if (!is_group_name(g.name))
    table.fail("name", "must be an identifier (letters, digits, '_' and '-', at most 64)");
  for (const TestGroup& other : earlier)
    if (other.name == g.name) table.fail("name", "duplicate group name '" + g.name + "'");
  auto points = table.number("points");
  if (!points) table.fail_here("needs points = N (0 for samples)");
  if (!(*points >= 0 && *points <= kMaxPoints)) table.fail("points", "must be in [0, 1e9]");
  g.points = *points;
  g.scoring = read_scoring(table);
  g.tests = read_members(table, tests);
  g.depends_on = read_dependencies(table, g.name, earlier, all);
  table.finish();
  return g;
}

}  // namespace

std::vector<TestGroup> read_groups(std::optional<std::vector<TomlTable>> tables,
                                   const std::vector<TestCase>& tests) {
  std::vector<TestGroup> groups;
  if (!tables) return groups;
  if (tables->empty()) return groups;
  for (TomlTable& table : *tables) groups.push_back(read_group(table, tests, groups, *tables));
  std::vector<bool> grouped(tests.size(), false);
  for (const TestGroup& g : groups)
    for (std::size_t t : g.tests) grouped[t] = true;
  for (std::size_t i = 0; i < tests.size(); ++i)
    if (!grouped[i])
      tables->front().fail_here("test '" + tests[i].name +
                                "' is in no group (with [[groups]], every test must be in one)");
  return groups;
}

}  // namespace judge
