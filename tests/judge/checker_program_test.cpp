// Checker programs: the Kattis and testlib protocols, each checker in a box of its own, with small
// shell-script checkers (program = "...") written for each case.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "judge/grader.h"
#include "judge/problem.h"
#include "judge/report.h"
#include "tests/support/box.h"
#include "tests/support/host_state.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using judge::Verdict;

// Echoes its input: the output of each test is its input.
const char* kEcho = "import sys\nsys.stdout.write(sys.stdin.read())\n";

class CheckerProgram : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir_ / "tests");
    std::ofstream(dir_ / "tests/1.in") << "hello\n";
    std::ofstream(dir_ / "tests/1.ans") << "hello\n";
  }
  // A problem whose checker is the shell script `script`, with `keys` added to [checker].
  judge::Report grade(const std::string& type, const std::string& script,
                      const std::string& keys = "", const std::string& submission = kEcho) {
    std::ofstream(dir_ / "check.sh") << "#!/bin/sh\n" << script << "\n";
    fs::permissions(dir_ / "check.sh", fs::perms::owner_all | fs::perms::group_read |
                                           fs::perms::group_exec | fs::perms::others_read |
                                           fs::perms::others_exec);
    std::ofstream(dir_ / "problem.toml")
        << "name = \"p\"\ntime_limit = \"2s\"\nmemory_limit = \"64MiB\"\n[tests]\ndir = \"tests\"\n"
        << "[checker]\ntype = \"" << type << "\"\nprogram = \"check.sh\"\n"
        << keys;
    std::ofstream(dir_ / "sub.py") << submission;
    fs::create_directories(dir_ / "work");
    judge::Grader grader(test::shared_sandbox(),
                         judge::Languages::load({judge::Languages::default_file()}),
                         fs::path(TEST_BUILD_DIR) / "example-cache", dir_ / "work");
    return grader.grade(judge::load_problem(dir_ / "problem.toml"), dir_ / "sub.py", {});
  }
  // The one test's report.
  judge::TestReport test(const std::string& type, const std::string& script,
                         const std::string& keys = "") {
    judge::Report report = grade(type, script, keys);
    EXPECT_EQ(report.tests.size(), 1u) << report.message;
    return report.tests.empty() ? judge::TestReport{} : report.tests[0];
  }

  test::TempDir temp_{"judge-checker-program"};
  const fs::path& dir_ = temp_.path;
};

// The submission ran and its figures are kept, whatever the checker did.
void expect_submission_figures(const judge::TestReport& t) {
  EXPECT_EQ(t.exit_code, 0);
  EXPECT_GT(t.wall_us, 0u);
  EXPECT_GT(t.memory_bytes, 0u);
}

TEST_F(CheckerProgram, KattisExitCodes) {
  EXPECT_EQ(test("kattis", "exit 42").verdict, Verdict::AC);
  EXPECT_EQ(test("kattis", "exit 43").verdict, Verdict::WA);
  for (const char* code : {"0", "1", "44"}) {
    auto t = test("kattis", std::string("echo broken >&2; exit ") + code);
    EXPECT_EQ(t.verdict, Verdict::IE) << code;
    EXPECT_NE(t.message.find("exit code " + std::string(code)), std::string::npos) << t.message;
    EXPECT_NE(t.message.find("broken"), std::string::npos) << t.message;
    expect_submission_figures(t);
  }
}

TEST_F(CheckerProgram, KattisArgumentsAndStdin) {
  // INPUT ANSWER FEEDBACK_DIR/ ARGS... < OUTPUT
  const char* script =
      "[ \"$3\" = /box/ ] && [ \"$4\" = one ] && [ \"$5\" = two ] || exit 1\n"
      "grep -q hello \"$1\" || exit 1\n"
      "if cmp -s - \"$2\"; then exit 42; else echo differs > \"$3/judgemessage.txt\"; exit 43; fi";
  const std::string args = "args = [\"one\", \"two\"]\n";
  EXPECT_EQ(test("kattis", script, args).verdict, Verdict::AC);
  auto wrong = grade("kattis", script, args, "print('bye')\n");
  ASSERT_EQ(wrong.tests.size(), 1u);
  EXPECT_EQ(wrong.tests[0].verdict, Verdict::WA);
  EXPECT_EQ(wrong.tests[0].message, "differs");
}

TEST_F(CheckerProgram, KattisFeedbackFiles) {
  auto t = test("kattis",
                "echo 'line 1 is wrong' > \"$3/judgemessage.txt\"\n"
                "echo 'try again' > \"$3/teammessage.txt\"\nexit 43");
  EXPECT_EQ(t.verdict, Verdict::WA);
  EXPECT_EQ(t.message, "line 1 is wrong\nteam message: try again");
  EXPECT_FALSE(t.score);

  t = test("kattis", "echo 0.75 > \"$3/score.txt\"\nexit 42");
  EXPECT_EQ(t.verdict, Verdict::AC);
  ASSERT_TRUE(t.score);
  EXPECT_DOUBLE_EQ(*t.score, 0.75);

  t = test("kattis", "echo 0.5 > \"$3/score_multiplier.txt\"\nexit 42");
  ASSERT_TRUE(t.score);
  EXPECT_DOUBLE_EQ(*t.score, 0.5);

  t = test("kattis", "echo 1 > \"$3/score.txt\"\nexit 43");
  EXPECT_EQ(t.verdict, Verdict::IE) << "a score on a wrong answer is the checker's fault";
  EXPECT_NE(t.message.find("score.txt on a wrong answer"), std::string::npos) << t.message;
  expect_submission_figures(t);

  t = test("kattis", "echo lots > \"$3/score.txt\"\nexit 42");
  EXPECT_EQ(t.verdict, Verdict::IE) << t.message;
}

TEST_F(CheckerProgram, ScoreIsInTheJsonReportOnlyWhenGiven) {
  auto scored = grade("kattis", "echo 0.75 > \"$3/score.txt\"\nexit 42");
  auto j = judge::report_json(scored);
  ASSERT_EQ(j["tests"].size(), 1u);
  EXPECT_EQ(j["tests"][0]["score"], 0.75);
  auto plain = judge::report_json(grade("kattis", "exit 42"));
  ASSERT_EQ(plain["tests"].size(), 1u);
  EXPECT_FALSE(plain["tests"][0].contains("score"));
}

TEST_F(CheckerProgram, TestlibExitCodes) {
  auto t = test("testlib", "echo ok fine >&2; exit 0");
  EXPECT_EQ(t.verdict, Verdict::AC);
  EXPECT_EQ(t.message, "ok fine");
  t = test("testlib", "echo wrong answer expected 1 >&2; exit 1");
  EXPECT_EQ(t.verdict, Verdict::WA);
  EXPECT_EQ(t.message, "wrong answer expected 1");
  t = test("testlib", "echo extra spaces >&2; exit 2");
  EXPECT_EQ(t.verdict, Verdict::WA);
  EXPECT_EQ(t.message, "presentation error: extra spaces");
  for (const char* code : {"3", "4", "42"}) {
    t = test("testlib", std::string("echo FAIL bad answer file >&2; exit ") + code);
    EXPECT_EQ(t.verdict, Verdict::IE) << code;
    EXPECT_NE(t.message.find("bad answer file"), std::string::npos) << t.message;
    expect_submission_figures(t);
  }
  t = test("testlib", "echo points 0.25 half right >&2; exit 7");
  EXPECT_EQ(t.verdict, Verdict::AC);
  ASSERT_TRUE(t.score);
  EXPECT_DOUBLE_EQ(*t.score, 0.25);
  t = test("testlib", "echo points galore >&2; exit 7");
  EXPECT_EQ(t.verdict, Verdict::IE) << t.message;
}

TEST_F(CheckerProgram, TestlibArgumentsReadTheOutputFile) {
  // INPUT OUTPUT ANSWER RESULT_FILE -appes ARGS...
  const char* script =
      "[ \"$4\" = /box/result.xml ] && [ \"$5\" = -appes ] && [ \"$6\" = extra ] || exit 3\n"
      "grep -q hello \"$1\" || exit 3\n"
      "if cmp -s \"$2\" \"$3\"; then exit 0; else echo differs >&2; exit 1; fi";
  EXPECT_EQ(test("testlib", script, "args = [\"extra\"]\n").verdict, Verdict::AC);
  auto wrong = grade("testlib", script, "args = [\"extra\"]\n", "print('bye')\n");
  ASSERT_EQ(wrong.tests.size(), 1u);
  EXPECT_EQ(wrong.tests[0].verdict, Verdict::WA);
}

TEST_F(CheckerProgram, TestlibAppesOutcomeWinsOverTheExitCode) {
  auto xml = [](const std::string& result) {
    return "printf '<?xml version=\"1.0\" encoding=\"utf-8\"?>\\n" + result + "' > \"$4\"\n";
  };
  auto t = test("testlib", xml("<result outcome=\"wrong-answer\">line 3</result>") + "exit 0");
  EXPECT_EQ(t.verdict, Verdict::WA);
  EXPECT_EQ(t.message, "line 3");
  t = test("testlib", xml("<result outcome = \"accepted\">fine</result>") + "exit 1");
  EXPECT_EQ(t.verdict, Verdict::AC);
  t = test("testlib", xml("<result outcome=\"presentation-error\">eol</result>") + "exit 0");
  EXPECT_EQ(t.verdict, Verdict::WA);
  EXPECT_EQ(t.message, "presentation error: eol");
  t = test("testlib", xml("<result outcome=\"fail\">no answer</result>") + "exit 0");
  EXPECT_EQ(t.verdict, Verdict::IE);
  t = test("testlib", xml("<result outcome=\"points\" points=\"3.5\">partial</result>") + "exit 0");
  EXPECT_EQ(t.verdict, Verdict::AC);
  ASSERT_TRUE(t.score);
  EXPECT_DOUBLE_EQ(*t.score, 3.5);
  t = test("testlib", xml("<result outcome=\"confused\">?</result>") + "exit 0");
  EXPECT_EQ(t.verdict, Verdict::IE);
}

// A result file near the 1 MiB a feedback file may have: std::regex, which read it before,
// recursed once per character and overflowed the judge's stack (the judge died with SIGSEGV).
TEST_F(CheckerProgram, TestlibResultOfAMebibyteIsRead) {
  auto t = test("testlib",
                "printf '<result outcome=\"wrong-answer\" points = \"0\">' > \"$4\"\n"
                "head -c 1000000 /dev/zero | tr '\\0' a >> \"$4\"\n"
                "printf '</result>' >> \"$4\"\nexit 0");
  EXPECT_EQ(t.verdict, Verdict::WA) << t.message.substr(0, 200);
  EXPECT_EQ(t.message.find_first_not_of('a'), std::string::npos) << t.message.substr(0, 200);
  EXPECT_GT(t.message.size(), 4000u) << "the first 4KiB";
  EXPECT_LE(t.message.size(), 4096u);
  // stderr "points": the number after the word and at least one space.
  t = test("testlib", "echo '  points 0.25 most of it' >&2; exit 7");
  ASSERT_TRUE(t.score);
  EXPECT_DOUBLE_EQ(*t.score, 0.25);
}

TEST_F(CheckerProgram, CrashIsInternalErrorWithTheSubmissionsFigures) {
  auto t = test("kattis", "echo dying >&2; kill -SEGV $$");
  EXPECT_EQ(t.verdict, Verdict::IE);
  EXPECT_NE(t.message.find("dying"), std::string::npos) << t.message;
  expect_submission_figures(t);
  t = test("testlib", "kill -KILL $$");
  EXPECT_EQ(t.verdict, Verdict::IE);
  expect_submission_figures(t);
}

TEST_F(CheckerProgram, EndlessCheckerIsInternalError) {
  auto t = test("testlib", "while :; do :; done", "time_limit = \"1s\"\n");
  EXPECT_EQ(t.verdict, Verdict::IE);
  EXPECT_NE(t.message.find("TLE"), std::string::npos) << t.message;
  expect_submission_figures(t);
}

TEST_F(CheckerProgram, CheckerWriting2GiBIsInternalError) {
  auto t = test("kattis", "head -c 2147483648 /dev/zero > \"$3/judgemessage.txt\"; exit 43");
  EXPECT_EQ(t.verdict, Verdict::IE) << t.message;
  EXPECT_NE(t.message.find("too large"), std::string::npos) << t.message;
  expect_submission_figures(t);
  t = test("testlib", "head -c 2147483648 /dev/zero; exit 1");
  EXPECT_EQ(t.verdict, Verdict::IE);
  EXPECT_EQ(t.message.rfind("the checker failed (OLE", 0), 0u);
  expect_submission_figures(t);
}

TEST_F(CheckerProgram, SeesOnlyItsOwnTestsFiles) {
  std::ofstream(dir_ / "tests/2.in") << "secret\n";
  std::ofstream(dir_ / "tests/2.ans") << "secret\n";
  // Test 1's checker looks for test 2's files by their host paths and lists what it can see.
  std::string script = "if cat '" + (dir_ / "tests/2.in").string() + "' '" +
                       (dir_ / "tests/2.ans").string() + "' 2>/dev/null || ls '" + dir_.string() +
                       "' 2>/dev/null; then exit 43; fi\n"
                       "ls /judge > \"$3/judgemessage.txt\"; exit 42";
  judge::Report report = grade("kattis", script);
  ASSERT_EQ(report.tests.size(), 2u) << report.message;
  for (const auto& t : report.tests) {
    EXPECT_EQ(t.verdict, Verdict::AC) << t.name << ": " << t.message;
    EXPECT_EQ(t.message, "answer\nchecker\ninput\noutput") << t.name;
  }
}

TEST_F(CheckerProgram, LeavesNothingBehind) {
  test::HostState before = test::HostState::capture();
  EXPECT_EQ(test("kattis", "echo hi > \"$3/judgemessage.txt\"; exit 42").verdict, Verdict::AC);
  EXPECT_EQ(test("testlib", "kill -KILL $$").verdict, Verdict::IE);
  EXPECT_EQ(test::leftovers(before, test::HostState::capture()), "");
  EXPECT_TRUE(fs::is_empty(dir_ / "work")) << "the grading's work directories remain";
}

TEST_F(CheckerProgram, CheckerThatDoesNotCompileFailsTheGrading) {
  std::ofstream(dir_ / "check.cpp") << "int main() { return 42 }\n";
  std::ofstream(dir_ / "problem.toml")
      << "name = \"p\"\ntime_limit = \"2s\"\nmemory_limit = \"64MiB\"\n[tests]\ndir = \"tests\"\n"
         "[checker]\ntype = \"kattis\"\nsource = \"check.cpp\"\n";
  std::ofstream(dir_ / "sub.py") << kEcho;
  judge::Grader grader(test::shared_sandbox(),
                       judge::Languages::load({judge::Languages::default_file()}),
                       fs::path(TEST_BUILD_DIR) / "example-cache");
  auto report = grader.grade(judge::load_problem(dir_ / "problem.toml"), dir_ / "sub.py", {});
  EXPECT_EQ(report.verdict, Verdict::IE);
  EXPECT_TRUE(report.tests.empty());
  EXPECT_NE(report.message.find("does not compile"), std::string::npos) << report.message;
  EXPECT_NE(report.message.find("expected"), std::string::npos) << "the compiler's message";
}

}  // namespace
