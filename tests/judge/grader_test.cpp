// The grading engine's options: parallel tests, fail-fast, results in test order.
#include <gtest/gtest.h>

#include <atomic>

#include <filesystem>
#include <fstream>

#include "judge/grader.h"
#include "judge/errors.h"
#include "judge/problem.h"
#include "tests/support/box.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
const fs::path kProblems = fs::path(JUDGE_SOURCE_DIR) / "problems";

judge::Report grade(const std::string& problem, const std::string& submission,
                    const judge::GradeOptions& options) {
  judge::Grader grader(test::shared_sandbox(),
                       judge::Languages::load({judge::Languages::default_file()}),
                       fs::path(TEST_BUILD_DIR) / "example-cache");
  return grader.grade(judge::load_problem(kProblems / problem / "problem.toml"),
                      kProblems / problem / submission, options);
}

TEST(Grader, ParallelTestsGiveTheSameVerdictsInOrder) {
  std::vector<std::string> streamed;
  judge::GradeOptions options;
  options.jobs = 2;
  options.on_test = [&](const judge::TestReport& t) { streamed.push_back(t.name); };
  auto report = grade("sort", "submissions/time_limit_exceeded/bubble_sort.cpp", options);
  EXPECT_EQ(report.verdict, judge::Verdict::TLE) << report.message;
  ASSERT_EQ(report.tests.size(), 8u);
  for (std::size_t i = 0; i < report.tests.size(); ++i) {
    EXPECT_EQ(report.tests[i].name, std::to_string(i + 1));
    EXPECT_EQ(report.tests[i].verdict, i == 6 ? judge::Verdict::TLE : judge::Verdict::AC)
        << report.tests[i].name;
  }
  EXPECT_EQ(streamed, (std::vector<std::string>{"1", "2", "3", "4", "5", "6", "7", "8"}));
  EXPECT_NE(report.message.find("test 7"), std::string::npos) << report.message;
}

// With one job the box of the test after the failing one was made ahead (Sandbox::prepare): it
// goes unrun, and nothing of it remains.
TEST(Grader, FailFastStopsAtTheFirstFailure) {
  judge::GradeOptions options;
  options.fail_fast = true;
  test::HostState before = test::HostState::capture();
  auto report = grade("aplusb", "submissions/wrong_answer/int32.cpp", options);
  EXPECT_EQ(test::leftovers(before, test::HostState::capture()), "");
  EXPECT_EQ(report.verdict, judge::Verdict::WA);
  ASSERT_EQ(report.tests.size(), 4u) << "tests 1-3 pass, 4 fails, nothing after";
  EXPECT_EQ(report.tests.back().verdict, judge::Verdict::WA);
}

TEST(Grader, WithoutFailFastEveryTestRuns) {
  auto report = grade("aplusb", "submissions/wrong_answer/int32.cpp", {});
  EXPECT_EQ(report.verdict, judge::Verdict::WA);
  EXPECT_EQ(report.tests.size(),
            judge::load_problem(kProblems / "aplusb/problem.toml").tests.size());
}

TEST(Grader, CancelLetsTheTestUnderWayFinishAndStartsNoOther) {
  std::atomic<bool> cancel{false};
  judge::GradeOptions options;
  options.cancel = &cancel;
  int seen = 0;
  options.on_test = [&](const judge::TestReport&) {
    ++seen;
    if (seen == 2) cancel = true;
  };
  auto report = grade("aplusb", "submissions/accepted/main.cpp", options);
  EXPECT_TRUE(report.cancelled);
  EXPECT_EQ(report.tests.size(), 2u) << "the test after the cancel does not start";
  EXPECT_EQ(seen, 2);

  // Cancelled before the tests: compiled (from the cache), nothing run.
  auto before = grade("aplusb", "submissions/accepted/main.cpp", options);
  EXPECT_TRUE(before.cancelled);
  EXPECT_TRUE(before.tests.empty());

  cancel = false;
  options.on_test = nullptr;
  auto whole = grade("aplusb", "submissions/accepted/main.cpp", options);
  EXPECT_FALSE(whole.cancelled);
  EXPECT_EQ(whole.verdict, judge::Verdict::AC);
}

TEST(Grader, LanguageOverride) {
  judge::GradeOptions options;
  options.language = "python3";
  auto report = grade("aplusb", "submissions/accepted/main.py", options);
  EXPECT_EQ(report.language, "python3");
  EXPECT_EQ(report.verdict, judge::Verdict::AC);
  options.language = "cobol-2002";
  EXPECT_THROW(grade("aplusb", "submissions/accepted/main.py", options), judge::InputError);
}

// 96 MiB of output from a program of a few MiB, under a 32 MiB memory limit: the output's page
// cache is the judge's, not the program's (it used to count, and on a tmpfs /tmp it was MLE).
TEST(Grader, OutputIsNotChargedToTheProgramsMemory) {
  test::TempDir dir("judge-grader-output");
  fs::create_directories(dir.path / "tests");
  std::ofstream(dir.path / "tests/1.in") << "";
  {
    std::ofstream answer(dir.path / "tests/1.ans", std::ios::binary);
    std::string block(1 << 20, 'y');
    for (int i = 0; i < 96; ++i) answer << block;
  }
  std::ofstream(dir.path / "problem.toml")
      << "name = \"big\"\ntime_limit = \"5s\"\nmemory_limit = \"32MiB\"\n"
         "output_limit = \"128MiB\"\n[tests]\ndir = \"tests\"\n[checker]\ntype = \"exact\"\n";
  std::ofstream(dir.path / "big.c")
      << "#include <stdio.h>\n#include <string.h>\nstatic char b[1 << 20];\n"
         "int main(void) { memset(b, 'y', sizeof b);\n"
         "  for (int i = 0; i < 96; ++i) fwrite(b, 1, sizeof b, stdout);\n  return 0; }\n";
  judge::Grader grader(test::shared_sandbox(),
                       judge::Languages::load({judge::Languages::default_file()}),
                       fs::path(TEST_BUILD_DIR) / "example-cache");
  auto report =
      grader.grade(judge::load_problem(dir.path / "problem.toml"), dir.path / "big.c", {});
  ASSERT_EQ(report.verdict, judge::Verdict::AC) << report.message;
  ASSERT_EQ(report.tests.size(), 1u);
  EXPECT_LT(report.tests[0].memory_bytes, 16u << 20)
      << "the output's pages were charged to the program";
}

}  // namespace

namespace {

// The example checkers' messages reach the report: the Kattis validator's judgemessage.txt, the
// testlib checker's presentation error.
TEST(Grader, ExampleCheckerProgramsGiveTheirMessages) {
  auto kattis = grade("pairsum", "submissions/wrong_answer/zero.cpp", {});
  EXPECT_EQ(kattis.verdict, judge::Verdict::WA);
  ASSERT_FALSE(kattis.tests.empty());
  EXPECT_EQ(kattis.tests[0].message, "0 is out of range") << kattis.message;
  auto testlib = grade("divisor", "submissions/wrong_answer/labelled.cpp", {});
  EXPECT_EQ(testlib.verdict, judge::Verdict::WA);
  ASSERT_FALSE(testlib.tests.empty());
  EXPECT_EQ(testlib.tests[0].message, "presentation error: expected an integer, found 'd=2'");
}

}  // namespace
