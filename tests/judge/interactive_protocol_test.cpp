// Interactive problems: the program and a shell-script interactor (program = "...") in two boxes
// wired by two pipes; the verdict order, the testlib protocol, multi-pass, problem.toml errors,
// and what a run leaves behind.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "judge/errors.h"
#include "judge/grader.h"
#include "judge/problem.h"
#include "judge/report.h"
#include "tests/support/box.h"
#include "tests/support/host_state.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using judge::Verdict;

// Reads one line, answers with it doubled, then waits for the interactor to go.
const char* kDoubler = "n = int(input())\nprint(2 * n, flush=True)\n";
// Kattis: sends the input's number, expects it doubled.
const char* kKattisDoubling =
    "read n < \"$1\"; echo \"$n\"; read got\n"
    "if [ \"$got\" = $((2 * n)) ]; then exit 42; fi\n"
    "echo \"got $got\" > \"$3/judgemessage.txt\"; exit 43";

class Interactive : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir_ / "tests");
    std::ofstream(dir_ / "tests/1.in") << "21\n";
    std::ofstream(dir_ / "tests/1.ans") << "42\n";
    fs::create_directories(dir_ / "work");
  }
  // A problem whose interactor is the shell script `script`; `keys` go into [interactor], `more`
  // after it.
  fs::path write_problem(const std::string& type, const std::string& script,
                         const std::string& keys = "", const std::string& more = "") {
    std::ofstream(dir_ / "interact.sh") << "#!/bin/sh\n" << script << "\n";
    fs::permissions(dir_ / "interact.sh", fs::perms::owner_all | fs::perms::group_read |
                                              fs::perms::group_exec | fs::perms::others_read |
                                              fs::perms::others_exec);
    std::ofstream(dir_ / "problem.toml")
        << "name = \"p\"\ntime_limit = \"" << cpu_ << "\"\nmemory_limit = \"64MiB\"\n"
        << "wall_time_limit = \"" << wall_ << "\"\n[tests]\ndir = \"tests\"\n"
        << "[interactor]\ntype = \"" << type << "\"\nprogram = \"interact.sh\"\n"
        << keys << more;
    return dir_ / "problem.toml";
  }
  judge::Report grade(const std::string& type, const std::string& script,
                      const std::string& submission, const std::string& keys = "",
                      const std::string& more = "") {
    fs::path problem = write_problem(type, script, keys, more);
    std::ofstream(dir_ / "sub.py") << submission;
    judge::Grader grader(test::shared_sandbox(),
                         judge::Languages::load({judge::Languages::default_file()}),
                         fs::path(TEST_BUILD_DIR) / "example-cache", dir_ / "work");
    return grader.grade(judge::load_problem(problem), dir_ / "sub.py", {});
  }
  judge::TestReport test(const std::string& type, const std::string& script,
                         const std::string& submission = kDoubler, const std::string& keys = "",
                         const std::string& more = "") {
    judge::Report report = grade(type, script, submission, keys, more);
    EXPECT_EQ(report.tests.size(), 1u) << report.message;
    return report.tests.empty() ? judge::TestReport{} : report.tests[0];
  }
  // The InputError loading the problem throws, or "".
  std::string error_of(const std::string& type, const std::string& keys,
                       const std::string& more = "") {
    try {
      judge::load_problem(write_problem(type, "exit 42", keys, more));
    } catch (const judge::InputError& e) {
      return e.what();
    }
    return "";
  }

  // Generous: a limit only where the test is about it (Python starts slowly under the VM leg's
  // emulation).
  std::string cpu_ = "20s";
  std::string wall_ = "60s";
  test::TempDir temp_{"judge-interactive"};
  const fs::path& dir_ = temp_.path;
};

TEST_F(Interactive, KattisAcceptedAndWrongAnswer) {
  auto t = test("kattis", kKattisDoubling);
  EXPECT_EQ(t.verdict, Verdict::AC) << t.message;
  EXPECT_EQ(t.exit_code, 0);
  ASSERT_TRUE(t.interactor);
  EXPECT_GT(t.interactor->memory_bytes, 0u) << "the interactor's figures, apart";
  EXPECT_EQ(t.passes.size(), 1u);

  t = test("kattis", kKattisDoubling, "n = int(input())\nprint(n + 1, flush=True)\n");
  EXPECT_EQ(t.verdict, Verdict::WA);
  EXPECT_EQ(t.message, "got 22");
}

TEST_F(Interactive, EarlyWrongAnswerStopsTheProgramAndLeavesNothing) {
  test::HostState before = test::HostState::capture();
  // The program never ends by itself; the interactor says WA at once.
  auto t = test("kattis", "echo 'too early' > \"$3/judgemessage.txt\"; exit 43",
                "import time\nwhile True:\n    time.sleep(1)\n");
  EXPECT_EQ(t.verdict, Verdict::WA);
  EXPECT_EQ(t.message, "too early");
  EXPECT_LT(t.wall_us, 60'000'000u) << "stopped, not left to its wall time limit";
  EXPECT_EQ(test::leftovers(before, test::HostState::capture()), "");
  EXPECT_TRUE(fs::is_empty(dir_ / "work")) << "the grading's work directories remain";
}

TEST_F(Interactive, WrongAnswerFirstWinsOverTheProgramsCrashAfter) {
  // The interactor leaves with WA; the program, writing on, dies of the closed pipe.
  auto t = test("kattis", "exit 43", "import sys\nwhile True:\n    print('x' * 1000)\n");
  EXPECT_EQ(t.verdict, Verdict::WA) << t.message;
}

TEST_F(Interactive, BothWaitingIsTimeLimitAtTheWallLimit) {
  cpu_ = wall_ = "2s";
  // Each reads first: neither ever writes.
  auto t = test("kattis", "read x; exit 43", "input()\n");
  EXPECT_EQ(t.verdict, Verdict::TLE);
  EXPECT_NE(t.message.find("wall time limit 2s exceeded"), std::string::npos) << t.message;
  EXPECT_NE(t.message.find("waiting for the interactor"), std::string::npos) << t.message;
  EXPECT_GE(t.wall_us, 2'000'000u);
}

TEST_F(Interactive, ProgramCrashBeforeTheInteractorDecidesIsRuntimeError) {
  auto t = test("kattis", kKattisDoubling, "import os\ninput()\nos.abort()\n");
  EXPECT_EQ(t.verdict, Verdict::RE) << t.message;
  EXPECT_EQ(t.signal, 6);
}

TEST_F(Interactive, InteractorFaultsAreInternalErrors) {
  for (const char* script : {"kill -SEGV $$", "exit 0", "exit 1", "echo broken >&2; exit 44"}) {
    auto t = test("kattis", script);
    EXPECT_EQ(t.verdict, Verdict::IE) << script;
    EXPECT_NE(t.message.find("the interactor failed"), std::string::npos) << t.message;
  }
  auto t = test("kattis", "echo broken >&2; exit 44");
  EXPECT_NE(t.message.find("exit code 44"), std::string::npos) << t.message;
  EXPECT_NE(t.message.find("broken"), std::string::npos) << t.message;
}

TEST_F(Interactive, HungInteractorIsInternalError) {
  cpu_ = wall_ = "2s";
  // Its own limits: 1s of CPU time (the checker box's limit, overridden), spent at once.
  auto t = test("kattis", "while :; do :; done", kDoubler, "time_limit = \"1s\"\n");
  EXPECT_EQ(t.verdict, Verdict::IE);
  EXPECT_NE(t.message.find("TLE"), std::string::npos) << t.message;
}

TEST_F(Interactive, TestlibExitCodesAndTout) {
  // interact INPUT TOUT ANSWER RESULT -appes
  const char* doubling =
      "[ \"$2\" = /box/tout ] && [ \"$4\" = /box/result.xml ] && [ \"$5\" = -appes ] || exit 3\n"
      "read n < \"$1\"; echo \"$n\"; read got; echo \"$got\" > \"$2\"\n"
      "[ \"$got\" = $((2 * n)) ] && exit 0; exit 1";
  EXPECT_EQ(test("testlib", doubling).verdict, Verdict::AC);
  EXPECT_EQ(test("testlib", doubling, "input()\nprint(7, flush=True)\n").verdict, Verdict::WA);
  auto t = test("testlib", "echo fail >&2; exit 3");
  EXPECT_EQ(t.verdict, Verdict::IE);
  // With a [checker], TOUT is graded as the output: 42 against the answer's 42.
  EXPECT_EQ(test("testlib", doubling, kDoubler, "", "[checker]\ntype = \"tokens\"\n").verdict,
            Verdict::AC);
  const char* tout_wrong = "read n < \"$1\"; echo \"$n\"; read got; echo 41 > \"$2\"; exit 0";
  EXPECT_EQ(test("testlib", tout_wrong, kDoubler, "", "[checker]\ntype = \"tokens\"\n").verdict,
            Verdict::WA);
  t = test("testlib", "read n < \"$1\"; echo \"$n\"; read got; exit 0", kDoubler, "",
           "[checker]\ntype = \"tokens\"\n");
  EXPECT_EQ(t.verdict, Verdict::IE);
  EXPECT_EQ(t.message, "the interactor wrote no TOUT file for the checker");
}

TEST_F(Interactive, TestlibToutGradedByACheckerProgram) {
  // A Kattis checker comparing the output it is given (TOUT) with the answer.
  std::ofstream(dir_ / "check.sh") << "#!/bin/sh\ncmp -s - \"$2\" && exit 42\nexit 43\n";
  fs::permissions(dir_ / "check.sh", fs::perms::owner_all | fs::perms::group_read |
                                         fs::perms::group_exec | fs::perms::others_read |
                                         fs::perms::others_exec);
  const std::string checker = "[checker]\ntype = \"kattis\"\nprogram = \"check.sh\"\n";
  const char* tout = "read n < \"$1\"; echo \"$n\"; read got; echo \"$got\" > \"$2\"; exit 0";
  EXPECT_EQ(test("testlib", tout, kDoubler, "", checker).verdict, Verdict::AC);
  EXPECT_EQ(test("testlib", tout, "input()\nprint(41, flush=True)\n", "", checker).verdict,
            Verdict::WA);
}

// Pass 1 writes nextpass.in holding "again"; the interactor's input in pass 2 is that file.
const char* kTwoPasses =
    "read n < \"$1\"; echo \"$n\"; read got\n"
    "if [ \"$n\" = again ]; then cat \"$3/judgemessage.txt\" > /dev/null || exit 1;"
    " echo second >> \"$3/judgemessage.txt\"; exit 42; fi\n"
    "echo first > \"$3/judgemessage.txt\"; echo again > \"$3/nextpass.in\"; exit 42";
const char* kEcho = "print(input(), flush=True)\n";

TEST_F(Interactive, MultiPassRunsAgainOnNextpass) {
  auto t = test("kattis", kTwoPasses, kEcho, "multi_pass = true\n");
  EXPECT_EQ(t.verdict, Verdict::AC) << t.message;
  EXPECT_EQ(t.message, "first\nsecond") << "feedback files stay from one pass to the next";
  EXPECT_EQ(t.passes.size(), 2u);
  for (const auto& pass : t.passes) EXPECT_GT(pass.program.memory_bytes, 0u);
}

TEST_F(Interactive, NextpassLimitsAreInternalErrors) {
  // Always another pass: the third is more than the problem allows.
  const char* forever =
      "read n < \"$1\"; echo x; read got; echo again > \"$3/nextpass.in\"; exit 42";
  auto t = test("kattis", forever, kEcho, "multi_pass = true\n");
  EXPECT_EQ(t.verdict, Verdict::IE);
  EXPECT_EQ(t.message, "the interactor asked for pass 3; the problem allows 2");
  EXPECT_EQ(t.passes.size(), 2u);
  t = test("kattis", forever, kEcho, "multi_pass = true\npasses = 3\n");
  EXPECT_EQ(t.message, "the interactor asked for pass 4; the problem allows 3");
  EXPECT_EQ(t.passes.size(), 3u);
  // nextpass.in with a wrong answer.
  t = test("kattis", "echo x; read got; echo again > \"$3/nextpass.in\"; exit 43", kEcho,
           "multi_pass = true\n");
  EXPECT_EQ(t.verdict, Verdict::IE);
  EXPECT_EQ(t.message, "the interactor wrote nextpass.in but did not accept the pass");
  // Without multi-pass, nextpass.in is not the interactor's to write: it is ignored.
  t = test("kattis", "echo x; read got; echo again > \"$3/nextpass.in\"; exit 42", kEcho);
  EXPECT_EQ(t.verdict, Verdict::AC);
  EXPECT_EQ(t.passes.size(), 1u);
}

TEST_F(Interactive, JsonReportShowsTheInteractorApart) {
  judge::Report report = grade("kattis", kTwoPasses, kEcho, "multi_pass = true\n");
  auto j = judge::report_json(report);
  ASSERT_EQ(j["tests"].size(), 1u);
  EXPECT_TRUE(j["tests"][0]["interactor"].contains("cpu_ms"));
  EXPECT_TRUE(j["tests"][0]["interactor"].contains("memory_kib"));
  ASSERT_EQ(j["tests"][0]["passes"].size(), 2u);
  EXPECT_TRUE(j["tests"][0]["passes"][1]["program"].contains("wall_ms"));
}

TEST_F(Interactive, ProblemFileErrors) {
  EXPECT_EQ(error_of("kattis", ""), "");
  EXPECT_NE(error_of("cms", "").find("problem.toml:8:8: interactor.type: unknown interactor "
                                     "protocol 'cms' (use kattis or testlib)"),
            std::string::npos)
      << error_of("cms", "");
  EXPECT_NE(error_of("kattis", "passes = 3\n").find("passes: only with multi_pass = true"),
            std::string::npos);
  EXPECT_NE(error_of("kattis", "multi_pass = true\npasses = 1\n").find("must be in [2, 100]"),
            std::string::npos);
  EXPECT_NE(error_of("testlib", "multi_pass = true\n").find("only with type = \"kattis\""),
            std::string::npos);
  EXPECT_NE(error_of("kattis", "colour = 1\n").find("colour"), std::string::npos);
  EXPECT_NE(error_of("kattis", "", "[checker]\ntype = \"tokens\"\n")
                .find("interactor.type: a kattis interactor is the output validator"),
            std::string::npos);
  std::string file_io;
  try {
    judge::load_problem_text(
        "name = \"p\"\ntime_limit = \"1s\"\nmemory_limit = \"64MiB\"\ninput_file = \"in.txt\"\n"
        "[tests]\ndir = \"tests\"\n[interactor]\ntype = \"kattis\"\nprogram = \"interact.sh\"\n",
        dir_ / "problem.toml");
  } catch (const judge::InputError& e) {
    file_io = e.what();
  }
  EXPECT_NE(file_io.find("cannot also use file I/O"), std::string::npos) << file_io;
}

}  // namespace

namespace {

TEST(InteractiveSetup, InteractorThatDoesNotCompileIsInternalErrorWithoutRunning) {
  test::TempDir temp("judge-interactive-setup");
  const fs::path& dir = temp.path;
  fs::create_directories(dir / "tests");
  std::ofstream(dir / "tests/1.in") << "1\n";
  std::ofstream(dir / "tests/1.ans") << "1\n";
  std::ofstream(dir / "interact.cpp") << "int main() { return 42 }\n";
  std::ofstream(dir / "problem.toml")
      << "name = \"p\"\ntime_limit = \"2s\"\nmemory_limit = \"64MiB\"\n[tests]\ndir = \"tests\"\n"
         "[interactor]\ntype = \"kattis\"\nsource = \"interact.cpp\"\n";
  std::ofstream(dir / "sub.py") << "print(1)\n";
  judge::Grader grader(test::shared_sandbox(),
                       judge::Languages::load({judge::Languages::default_file()}),
                       fs::path(TEST_BUILD_DIR) / "example-cache");
  auto report = grader.grade(judge::load_problem(dir / "problem.toml"), dir / "sub.py", {});
  EXPECT_EQ(report.verdict, Verdict::IE);
  ASSERT_EQ(report.tests.size(), 1u);
  EXPECT_EQ(report.tests[0].verdict, Verdict::IE);
  EXPECT_NE(report.tests[0].message.find("interactor: the checker interact.cpp does not compile"),
            std::string::npos)
      << report.tests[0].message;
  EXPECT_TRUE(report.tests[0].passes.empty()) << "nothing ran";
}

}  // namespace
