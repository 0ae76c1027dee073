// Scored subtasks end to end: real gradings of problems with [[groups]] (checker scores scaling
// tests, --fail-fast, --jobs, the report's JSON and table). The scoring logic alone is in
// scoring_test.cpp, without boxes.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "judge/grader.h"
#include "judge/problem.h"
#include "judge/report.h"
#include "tests/support/box.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using judge::Verdict;

const fs::path kDivcount = fs::path(JUDGE_SOURCE_DIR) / "problems/divcount";
const fs::path kCache = fs::path(TEST_BUILD_DIR) / "example-cache";

judge::Report grade_divcount(const std::string& submission, const judge::GradeOptions& options) {
  judge::Grader grader(test::shared_sandbox(),
                       judge::Languages::load({judge::Languages::default_file()}), kCache);
  return grader.grade(judge::load_problem(kDivcount / "problem.toml"),
                      kDivcount / "submissions" / submission, options);
}

std::vector<std::string> verdicts(const judge::Report& report) {
  std::vector<std::string> out;
  for (const auto& t : report.tests)
    out.push_back(t.name + " " + judge::to_string(t.verdict).data());
  return out;
}

// A problem whose Kattis validator (a shell script) gives each test the score the submission
// printed, which is the test's input: the submission echoes it.
class CheckerScores : public ::testing::Test {
 protected:
  judge::Report grade(const std::map<std::string, std::string>& scores, const std::string& groups) {
    fs::create_directories(dir_ / "tests");
    for (const auto& [name, score] : scores) {
      std::ofstream(dir_ / "tests" / (name + ".in")) << score << "\n";
      std::ofstream(dir_ / "tests" / (name + ".ans")) << "\n";
    }
    std::ofstream(dir_ / "check.sh") << "#!/bin/sh\ncat > score.txt\nexit 42\n";
    fs::permissions(dir_ / "check.sh", fs::perms::owner_all | fs::perms::group_read |
                                           fs::perms::group_exec | fs::perms::others_read |
                                           fs::perms::others_exec);
    std::ofstream(dir_ / "problem.toml")
        << "name = \"p\"\ntime_limit = \"2s\"\nmemory_limit = \"64MiB\"\n[tests]\ndir = \"tests\"\n"
        << "[checker]\ntype = \"kattis\"\nprogram = \"check.sh\"\n"
        << groups;
    std::ofstream(dir_ / "echo.py") << "import sys\nsys.stdout.write(sys.stdin.read())\n";
    fs::create_directories(dir_ / "work");
    judge::Grader grader(test::shared_sandbox(),
                         judge::Languages::load({judge::Languages::default_file()}), kCache,
                         dir_ / "work");
    return grader.grade(judge::load_problem(dir_ / "problem.toml"), dir_ / "echo.py", {});
  }
  test::TempDir temp_{"judge-groups"};
  const fs::path& dir_ = temp_.path;
};

TEST_F(CheckerScores, ScaleTheirTests) {
  auto report = grade({{"a", "0.5"}, {"b", "1"}, {"c", "0.25"}, {"d", "0.75"}},
                      "[[groups]]\nname = \"lowest\"\npoints = 40\ntests = [\"a\", \"b\"]\n"
                      "[[groups]]\nname = \"split\"\npoints = 60\nscoring = \"sum\"\n"
                      "tests = [\"c\", \"d\"]\n");
  EXPECT_EQ(report.verdict, Verdict::AC) << report.message;
  ASSERT_EQ(report.groups.size(), 2u);
  EXPECT_DOUBLE_EQ(report.groups[0].score, 20) << "40 x min(0.5, 1)";
  EXPECT_DOUBLE_EQ(report.groups[1].score, 30) << "60 x (0.25 + 0.75) / 2";
  EXPECT_DOUBLE_EQ(report.score, 50);
  EXPECT_DOUBLE_EQ(report.max_score, 100);
  ASSERT_EQ(report.tests.size(), 4u);
  EXPECT_EQ(report.tests[0].score, 0.5);
}

TEST_F(CheckerScores, OutsideZeroToOneIsIe) {
  auto report = grade({{"a", "1"}, {"b", "1.5"}},
                      "[[groups]]\nname = \"all\"\npoints = 10\ntests = [\"*\"]\n");
  EXPECT_EQ(report.verdict, Verdict::IE);
  ASSERT_EQ(report.tests.size(), 2u);
  EXPECT_EQ(report.tests[1].verdict, Verdict::IE);
  EXPECT_NE(report.tests[1].message.find("checker score 1.5 is outside [0, 1]"), std::string::npos)
      << report.tests[1].message;
  EXPECT_DOUBLE_EQ(report.score, 0);
}

// With one job the box of a group's next test is made while a test runs (TestPool): when that
// test settles the group, the box made ahead goes unrun, and a later group sharing the test runs
// it as if it had never been taken (its file-I/O directory gone with the unrun box).
TEST(Groups, ATestTakenAheadByASettledGroupRunsForTheNextGroup) {
  test::TempDir temp("judge-groups-ahead");
  const fs::path& dir = temp.path;
  fs::create_directories(dir / "tests");
  for (const char* name : {"a", "b", "c"}) {
    std::ofstream(dir / "tests" / (std::string(name) + ".in")) << name << "\n";
    std::ofstream(dir / "tests" / (std::string(name) + ".ans"))
        << (name == std::string("a") ? "x" : name) << "\n";
    fs::permissions(dir / "tests" / (std::string(name) + ".in"), fs::perms::others_read,
                    fs::perm_options::add);
  }
  std::ofstream(dir / "problem.toml")
      << "name = \"p\"\ntime_limit = \"2s\"\nmemory_limit = \"64MiB\"\n"
      << "input_file = \"input.txt\"\noutput_file = \"output.txt\"\n[tests]\ndir = \"tests\"\n"
      << "[[groups]]\nname = \"first\"\npoints = 50\ntests = [\"a\", \"b\"]\n"
      << "[[groups]]\nname = \"second\"\npoints = 50\ntests = [\"b\", \"c\"]\n";
  std::ofstream(dir / "copy.py") << "open('output.txt', 'w').write(open('input.txt').read())\n";
  fs::create_directories(dir / "work");
  judge::Grader grader(test::shared_sandbox(),
                       judge::Languages::load({judge::Languages::default_file()}), kCache,
                       dir / "work");
  auto report = grader.grade(judge::load_problem(dir / "problem.toml"), dir / "copy.py", {});
  EXPECT_EQ(verdicts(report), (std::vector<std::string>{"a WA", "b AC", "c AC"})) << report.message;
  EXPECT_DOUBLE_EQ(report.score, 50);
}

TEST(Groups, FailFastSkipsEverythingAfterTheFirstFailure) {
  judge::GradeOptions options;
  options.fail_fast = true;
  auto report = grade_divcount("wrong_answer/one_side.cpp", options);
  EXPECT_EQ(report.verdict, Verdict::WA);
  EXPECT_EQ(report.message.rfind("test 0-1", 0), 0u) << report.message;
  ASSERT_EQ(report.tests.size(), 14u) << "every test, those not run as SKIPPED";
  EXPECT_EQ(report.tests[0].verdict, Verdict::WA);
  for (std::size_t i = 1; i < report.tests.size(); ++i)
    EXPECT_EQ(report.tests[i].verdict, Verdict::SKIPPED) << report.tests[i].name;
  ASSERT_EQ(report.groups.size(), 4u);
  EXPECT_EQ(report.groups[0].verdict, Verdict::WA);
  for (std::size_t g = 1; g < 4; ++g) EXPECT_EQ(report.groups[g].verdict, Verdict::SKIPPED);
  EXPECT_EQ(report.groups[1].message, "no test ran") << "stopped by --fail-fast";
  EXPECT_EQ(report.groups[3].message, "group medium did not pass in full");
  EXPECT_DOUBLE_EQ(report.score, 0);
}

// Without --fail-fast, the samples' failure does not stop subtask 1, which has no dependency;
// subtask 2 is settled by the shared test 1-1 and subtask 3 depends on it.
TEST(Groups, AFailedGroupSkipsItsRestAndItsDependents) {
  auto report = grade_divcount("wrong_answer/one_side.cpp", {});
  EXPECT_EQ(verdicts(report),
            (std::vector<std::string>{"0-1 WA", "0-2 SKIPPED", "1-1 WA", "1-2 SKIPPED",
                                      "1-3 SKIPPED", "1-4 SKIPPED", "2-1 SKIPPED", "2-2 SKIPPED",
                                      "2-3 SKIPPED", "3-1 SKIPPED", "3-2 SKIPPED", "3-3 SKIPPED",
                                      "3-4 SKIPPED", "3-5 SKIPPED"}));
  EXPECT_EQ(report.groups[2].verdict, Verdict::WA);
  EXPECT_EQ(report.groups[2].message, "test 1-1");
  EXPECT_EQ(report.groups[3].message, "group medium did not pass in full");
}

TEST(Groups, ParallelTestsStreamInTestOrder) {
  std::vector<std::string> streamed;
  judge::GradeOptions options;
  options.jobs = 2;
  options.on_test = [&](const judge::TestReport& t) { streamed.push_back(t.name); };
  auto report = grade_divcount("wrong_answer/int32.cpp", options);
  EXPECT_EQ(report.verdict, Verdict::WA);
  EXPECT_DOUBLE_EQ(report.score, 50);
  std::vector<std::string> names;
  for (const auto& t : report.tests) names.push_back(t.name);
  EXPECT_EQ(streamed, names);
  EXPECT_EQ(names.size(), 14u);
  EXPECT_EQ(report.tests[9].verdict, Verdict::WA) << "3-1";
  EXPECT_EQ(report.tests.back().verdict, Verdict::SKIPPED) << "3-5: never reached";
}

TEST(Groups, ACompileErrorScoresZeroOfTheMaximum) {
  auto report = grade_divcount("compile_error/missing_type.cpp", {});
  EXPECT_EQ(report.verdict, Verdict::CE);
  EXPECT_TRUE(report.tests.empty());
  ASSERT_EQ(report.groups.size(), 4u);
  for (const auto& g : report.groups) {
    EXPECT_EQ(g.verdict, Verdict::SKIPPED) << g.name;
    EXPECT_EQ(g.message, "no test ran") << g.name;
  }
  EXPECT_DOUBLE_EQ(report.score, 0);
  EXPECT_DOUBLE_EQ(report.max_score, 100);
}

std::string run_cli(const std::string& args) {
  std::string command =
      std::string(JUDGE_BINARY) + " run --cache-dir " + kCache.string() + " " + args + " 2>&1";
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  std::array<char, 4096> buf;
  while (std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe)) out.append(buf.data(), n);
  ::pclose(pipe);
  return out;
}

TEST(Groups, TableHasALinePerGroupAndTheScore) {
  std::string out = run_cli((kDivcount / "problem.toml").string() + " " +
                            (kDivcount / "submissions/time_limit_exceeded/quadratic.cpp").string());
  EXPECT_NE(out.find("\n2-2     SKIPPED  \n"), std::string::npos) << out;
  EXPECT_NE(out.find("\ngroup       verdict             score  tests  message\n"
                     "samples     AC                  0 / 0      2  \n"
                     "small       AC                20 / 20      4  \n"
                     "medium      TLE                0 / 30      7  test 2-1\n"
                     "large       SKIPPED            0 / 50      5  group medium did not pass "
                     "in full\n"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("\nscore: 20 / 100\n"), std::string::npos) << out;
}

TEST(Groups, JsonHasScoresAndGroups) {
  auto j =
      nlohmann::json::parse(run_cli("--format json " + (kDivcount / "problem.toml").string() + " " +
                                    (kDivcount / "submissions/wrong_answer/int32.cpp").string()));
  EXPECT_EQ(j["verdict"], "WA");
  EXPECT_EQ(j["score"], 50.0);
  EXPECT_EQ(j["max_score"], 100.0);
  ASSERT_EQ(j["groups"].size(), 4u);
  EXPECT_EQ(j["groups"][3], nlohmann::json::parse(R"({"name": "large", "score": 0.0,
      "max_score": 50.0, "verdict": "WA", "message": "test 3-1",
      "tests": ["3-1", "3-2", "3-3", "3-4", "3-5"]})"));
  EXPECT_EQ(j["groups"][1]["score"], 20.0);
  EXPECT_EQ(j["tests"][10]["verdict"], "SKIPPED");
}

// A problem without groups reports exactly as before: no score, no groups.
TEST(Groups, WithoutGroupsTheJsonHasNoScore) {
  const fs::path aplusb = fs::path(JUDGE_SOURCE_DIR) / "problems/aplusb";
  auto j =
      nlohmann::json::parse(run_cli("--format json " + (aplusb / "problem.toml").string() + " " +
                                    (aplusb / "submissions/accepted/main.cpp").string()));
  EXPECT_EQ(j["verdict"], "AC");
  EXPECT_FALSE(j.contains("score"));
  EXPECT_FALSE(j.contains("max_score"));
  EXPECT_FALSE(j.contains("groups"));
}

}  // namespace
