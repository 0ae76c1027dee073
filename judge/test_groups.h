// Test groups (subtasks): which tests belong to a group, what it is worth, how its tests'
// scores add up, and which groups it needs first. Read from problem.toml's [[groups]]
// (docs/problem-format.md, "Groups and scores").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace judge {

struct TestCase;
class TomlTable;

// min: the lowest test score times the points (IOI, CMS GroupMin); sum: the points split evenly
// over the tests; pass_fail: the points when every test passes in full, else 0 (ICPC).
enum class GroupScoring { Min, Sum, PassFail };
std::string to_string(GroupScoring s);

struct TestGroup {
  std::string name;
  double points = 0;
  GroupScoring scoring = GroupScoring::Min;
  std::vector<std::size_t> tests;       // indices into Problem::tests, in test order
  std::vector<std::size_t> depends_on;  // indices of earlier groups
};

// Reads [[groups]] against the problem's tests (already in order). Every pattern must match a
// test and every test must be in a group. Throws InputError (file:line:column).
std::vector<TestGroup> read_groups(std::optional<std::vector<TomlTable>> tables,
                                   const std::vector<TestCase>& tests);

// A name pattern: '*' matches any run of characters, '?' any one; anything else itself.
bool matches_pattern(std::string_view pattern, std::string_view name);

}  // namespace judge
