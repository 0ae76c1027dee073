// problem.toml's [[groups]]: which tests each group has, and the errors (file:line:column).
#include "judge/test_groups.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "judge/errors.h"
#include "judge/problem.h"
#include "tests/support/problem_files.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

class GroupsFile : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* name : {"s1", "s2", "1-1", "1-2", "2-1", "2-10", "2-2"})
      test::write_test_case(dir_, name, "\n", "\n");
  }
  judge::Problem load(const std::string& groups) {
    return judge::load_problem_text(kHead + groups, dir_ / "problem.toml");
  }
  // The message of the InputError, or "" when the file loads.
  std::string error_of(const std::string& groups) {
    try {
      load(groups);
    } catch (const judge::InputError& e) {
      return e.what();
    }
    return "";
  }
  std::string file() const { return (dir_ / "problem.toml").string(); }

  // Five lines: the groups start on line 6.
  const std::string kHead =
      "name = \"p\"\ntime_limit = \"1s\"\nmemory_limit = \"64MiB\"\n[tests]\ndir = \"tests\"\n";
  test::TempDir temp_{"judge-groups-test"};
  const fs::path& dir_ = temp_.path;
};

const char* kIoi = R"([[groups]]
name = "samples"
points = 0
tests = ["s*"]

[[groups]]
name = "small"
points = 30
tests = ["s?", "1-*"]

[[groups]]
name = "full"
points = 70
scoring = "sum"
tests = ["*"]
depends_on = ["small", "samples"]
)";

TEST_F(GroupsFile, ReadsGroupsWithSharedTests) {
  judge::Problem p = load(kIoi);
  // In natural order, samples last.
  std::vector<std::string> names;
  for (const auto& t : p.tests) names.push_back(t.name);
  ASSERT_EQ(names, (std::vector<std::string>{"1-1", "1-2", "2-1", "2-2", "2-10", "s1", "s2"}));
  ASSERT_EQ(p.groups.size(), 3u);
  EXPECT_EQ(p.groups[0].name, "samples");
  EXPECT_EQ(p.groups[0].points, 0);
  EXPECT_EQ(p.groups[0].scoring, judge::GroupScoring::Min) << "the default";
  EXPECT_EQ(p.groups[0].tests, (std::vector<std::size_t>{5, 6}));
  EXPECT_EQ(p.groups[1].tests, (std::vector<std::size_t>{0, 1, 5, 6})) << "in test order, once";
  EXPECT_EQ(p.groups[1].points, 30);
  EXPECT_EQ(p.groups[2].scoring, judge::GroupScoring::Sum);
  EXPECT_EQ(p.groups[2].tests.size(), 7u);
  EXPECT_EQ(p.groups[2].depends_on, (std::vector<std::size_t>{1, 0}));
}

TEST_F(GroupsFile, WithoutGroupsThereAreNone) {
  EXPECT_TRUE(load("").groups.empty());
}

TEST_F(GroupsFile, PassFailAndFractionalPoints) {
  auto p = load(
      "[[groups]]\nname = \"all\"\npoints = 12.5\nscoring = \"pass-fail\"\n"
      "tests = [\"*\"]\n");
  EXPECT_EQ(p.groups[0].scoring, judge::GroupScoring::PassFail);
  EXPECT_EQ(p.groups[0].points, 12.5);
}

TEST_F(GroupsFile, PatternsMatchWholeNames) {
  EXPECT_TRUE(judge::matches_pattern("1-*", "1-10"));
  EXPECT_TRUE(judge::matches_pattern("*-1*", "2-10"));
  EXPECT_TRUE(judge::matches_pattern("s?", "s1"));
  EXPECT_TRUE(judge::matches_pattern("*", ""));
  EXPECT_FALSE(judge::matches_pattern("s?", "s10"));
  EXPECT_FALSE(judge::matches_pattern("1-", "1-1"));
  EXPECT_FALSE(judge::matches_pattern("*a", "ab"));
  EXPECT_TRUE(judge::matches_pattern("a*b*c", "aXbYbZc"));
}

TEST_F(GroupsFile, ErrorsNameTheLineAndColumn) {
  const std::string f = file();
  EXPECT_EQ(error_of("[[groups]]\nname = \"a\"\npoints = 1\ntests = [\"9-*\"]\n"),
            f + ":9:9: groups[0].tests: '9-*' matches no test");
  EXPECT_EQ(error_of("[[groups]]\nname = \"a\"\npoints = 1\ntests = [\"1-*\"]\n"),
            f + ":6:1: groups[0]: test '2-1' is in no group (with [[groups]], every test must be "
                "in one)");
  EXPECT_EQ(error_of("[[groups]]\nname = \"a\"\npoints = -1\ntests = [\"*\"]\n"),
            f + ":8:10: groups[0].points: must be in [0, 1e9]");
  EXPECT_EQ(error_of("[[groups]]\nname = \"a\"\npoints = nan\ntests = [\"*\"]\n"),
            f + ":8:10: groups[0].points: must be in [0, 1e9]");
  EXPECT_EQ(error_of("[[groups]]\nname = \"a\"\ntests = [\"*\"]\n"),
            f + ":6:1: groups[0]: needs points = N (0 for samples)");
  EXPECT_EQ(error_of("[[groups]]\nname = \"a\"\npoints = 1\n"),
            f + ":6:1: groups[0]: needs tests = [\"PATTERN\", ...] (test names; * and ? match)");
  EXPECT_EQ(error_of("[[groups]]\nname = \"a\"\npoints = 1\ntests = []\n"),
            f + ":9:9: groups[0].tests: must name at least one test");
  EXPECT_EQ(error_of("[[groups]]\nname = \"a\"\npoints = 1\ntests = [\"*\"]\nscoring = \"max\"\n"),
            f + ":10:11: groups[0].scoring: unknown scoring 'max' (use min, sum or pass-fail)");
  EXPECT_EQ(error_of("[[groups]]\nname = \"a b\"\npoints = 1\ntests = [\"*\"]\n"),
            f + ":7:8: groups[0].name: must be an identifier (letters, digits, '_' and '-', at "
                "most 64)");
  EXPECT_EQ(error_of("[[groups]]\nname = \"a\"\npoints = 1\ntests = [\"*\"]\nweight = 2\n"),
            f + ":10:10: groups[0].weight: unknown key (misspelled?)");
}

TEST_F(GroupsFile, DependenciesMustBeEarlierGroups) {
  const std::string f = file();
  const std::string a = "[[groups]]\nname = \"a\"\npoints = 1\ntests = [\"*\"]\n";
  EXPECT_EQ(error_of(a + "[[groups]]\nname = \"b\"\npoints = 1\ntests = [\"*\"]\n"
                         "depends_on = [\"c\"]\n"),
            f + ":14:14: groups[1].depends_on: unknown group 'c'");
  EXPECT_EQ(error_of(a + "[[groups]]\nname = \"b\"\npoints = 1\ntests = [\"*\"]\n"
                         "depends_on = [\"b\"]\n"),
            f + ":14:14: groups[1].depends_on: group 'b' depends on itself");
  // A cycle a -> b -> a: the first to name a later group is refused.
  EXPECT_EQ(error_of("[[groups]]\nname = \"a\"\npoints = 1\ntests = [\"*\"]\ndepends_on = [\"b\"]\n"
                     "[[groups]]\nname = \"b\"\npoints = 1\ntests = [\"*\"]\n"
                     "depends_on = [\"a\"]\n"),
            f + ":10:14: groups[0].depends_on: 'b' is listed later: a group depends only on "
                "groups above it (which also rules out cycles)");
  EXPECT_EQ(error_of(a + a), f + ":11:8: groups[1].name: duplicate group name 'a'");
  try {
    judge::load_problem_text("groups = 3\n" + kHead, dir_ / "problem.toml");
    ADD_FAILURE() << "loaded";
  } catch (const judge::InputError& e) {
    EXPECT_EQ(std::string(e.what()), f + ":1:10: groups: expected an array of tables ([[groups]])");
  }
}

}  // namespace
