// Communication problems: a shell-script manager (program = "...") and N copies of a Python
// program, each in its own box, each copy wired to the manager by two pipes; the CMS manager
// protocol, the verdict order, the report's figures, problem.toml errors, and what a run leaves
// behind. No compile: the manager is a script, the copies Python.
#include <gtest/gtest.h>

#include <filesystem>
#include <fcntl.h>
#include <unistd.h>

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

// Reads a number from the manager, answers it doubled.
const char* kDoubler = "n = int(input())\nprint(2 * n, flush=True)\n";
// Two copies on stdin/stdout: each gets the input's number, both must answer it doubled.
const char* kTwoDoubled =
    "read n; echo \"$n\" >&4; echo \"$n\" >&6; read a <&3; read b <&5\n"
    "if [ \"$a\" = $((2 * n)) ] && [ \"$b\" = $((2 * n)) ]; then echo 1; echo doubled >&2;\n"
    "else echo 0; echo \"got $a and $b\" >&2; fi";

class Communication : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir_ / "tests");
    std::ofstream(dir_ / "tests/1.in") << "21\n";
    std::ofstream(dir_ / "tests/1.ans") << "42\n";
    fs::create_directories(dir_ / "work");
  }
  fs::path write_problem(const std::string& script, const std::string& keys) {
    std::ofstream(dir_ / "manager.sh") << "#!/bin/sh\n" << script << "\n";
    fs::permissions(dir_ / "manager.sh", fs::perms::owner_all | fs::perms::group_read |
                                             fs::perms::group_exec | fs::perms::others_read |
                                             fs::perms::others_exec);
    std::ofstream(dir_ / "problem.toml")
        << "name = \"p\"\ntime_limit = \"" << cpu_ << "\"\nmemory_limit = \"64MiB\"\n"
        << "wall_time_limit = \"" << wall_ << "\"\n[tests]\ndir = \"tests\"\n"
        << "[manager]\nprogram = \"manager.sh\"\n"
        << keys;
    return dir_ / "problem.toml";
  }
  judge::Report grade(const std::string& script, const std::string& submission,
                      const std::string& keys = "processes = 2\n") {
    fs::path problem = write_problem(script, keys);
    std::ofstream(dir_ / "sub.py") << submission;
    judge::Grader grader(test::shared_sandbox(),
                         judge::Languages::load({judge::Languages::default_file()}),
                         fs::path(TEST_BUILD_DIR) / "example-cache", dir_ / "work");
    return grader.grade(judge::load_problem(problem), dir_ / "sub.py", {});
  }
  judge::TestReport test(const std::string& script, const std::string& submission = kDoubler,
                         const std::string& keys = "processes = 2\n") {
    judge::Report report = grade(script, submission, keys);
    EXPECT_EQ(report.tests.size(), 1u) << report.message;
    return report.tests.empty() ? judge::TestReport{} : report.tests[0];
  }
  std::string error_of(const std::string& keys, const std::string& more = "") {
    try {
      write_problem("echo 1", keys);
      std::ofstream(dir_ / "problem.toml", std::ios::app) << more;
      judge::load_problem(dir_ / "problem.toml");
    } catch (const judge::InputError& e) {
      return e.what();
    }
    return "";
  }

  // Generous: a limit only where the test is about it (Python starts slowly under emulation).
  std::string cpu_ = "20s";
  std::string wall_ = "60s";
  test::TempDir temp_{"judge-communication"};
  const fs::path& dir_ = temp_.path;
};

TEST_F(Communication, TwoCopiesOnStdioAcceptedWithEachOnesFigures) {
  judge::Report report = grade(kTwoDoubled, kDoubler);
  ASSERT_EQ(report.tests.size(), 1u) << report.message;
  const judge::TestReport& t = report.tests[0];
  EXPECT_EQ(t.verdict, Verdict::AC) << t.message;
  EXPECT_EQ(t.message, "doubled");
  EXPECT_EQ(t.score, 1.0);
  ASSERT_TRUE(t.manager);
  ASSERT_EQ(t.copies.size(), 2u);
  EXPECT_GT(t.manager->memory_bytes, 0u);
  EXPECT_GT(t.copies[1].memory_bytes, 0u);
  EXPECT_EQ(t.cpu_us, t.copies[0].cpu_us + t.copies[1].cpu_us) << "the copies' CPU, added up";
  nlohmann::json j = judge::report_json(report)["tests"][0];
  EXPECT_EQ(j["copies"].size(), 2u);
  EXPECT_EQ(j["manager"]["memory_kib"], t.manager->memory_bytes / 1024);
  EXPECT_EQ(j["verdict"], "AC");
}

TEST_F(Communication, FifoCopiesGetTheirChannelsAndIndexInCmsOrder) {
  // The manager hands each copy its index's name; each copy answers what its argv says.
  const char* manager =
      "[ \"$1 $2 $3 $4\" = '/dev/fd/3 /dev/fd/4 /dev/fd/5 /dev/fd/6' ] || { echo 0; exit 0; }\n"
      "echo go > \"$2\"; echo go > \"$4\"; read a < \"$1\"; read b < \"$3\"\n"
      "echo 1; echo \"$a | $b\" >&2";
  const char* copy =
      "import sys\n"
      "with open(sys.argv[1]) as i, open(sys.argv[2], 'w') as o:\n"
      "    i.readline()\n"
      "    print(' '.join(sys.argv[1:]), file=o, flush=True)\n";
  auto t = test(manager, copy, "processes = 2\nio = \"fifo\"\n");
  EXPECT_EQ(t.verdict, Verdict::AC) << t.message;
  EXPECT_EQ(t.message, "/dev/fd/3 /dev/fd/4 0 | /dev/fd/3 /dev/fd/4 1");
}

TEST_F(Communication, OneCopyCrashingIsRuntimeErrorAndLeavesNothing) {
  test::HostState before = test::HostState::capture();
  // Copy 1 aborts; the manager scores whatever it got (0) all the same.
  auto t = test(kTwoDoubled,
                "import os, sys\nn = int(input())\n"
                "if sys.argv[-1] == '1':\n    os.abort()\nprint(2 * n, flush=True)\n");
  EXPECT_EQ(t.verdict, Verdict::RE) << t.message;
  EXPECT_EQ(t.signal, 6);
  EXPECT_EQ(t.message.rfind("copy 1: ", 0), 0u) << t.message;
  EXPECT_EQ(test::leftovers(before, test::HostState::capture()), "");
  EXPECT_TRUE(fs::is_empty(dir_ / "work")) << "the grading's work directories remain";
}

TEST_F(Communication, ManagerFaultsAreInternalErrors) {
  const std::pair<const char*, const char*> cases[] = {
      {"read n; kill -SEGV $$", "the manager failed (RE"},
      {"read n; echo 1; exit 3", "the manager failed (exit code 3)"},
      {"read n; echo", "the manager printed no score in [0, 1] on its first line: ''"},
      {"read n; echo abc", "the manager printed no score in [0, 1] on its first line: 'abc'"},
      {"read n; echo 1.5", "the manager printed no score in [0, 1] on its first line: '1.5'"},
  };
  for (const auto& [script, message] : cases) {
    auto t = test(script, "print(1)\n", "");
    EXPECT_EQ(t.verdict, Verdict::IE) << script;
    EXPECT_EQ(t.message.rfind(message, 0), 0u) << script << ": " << t.message;
  }
}

TEST_F(Communication, ManagerScoresPartlyOrNothing) {
  auto t = test("read n; read x <&3; echo 0.5; echo half >&2", "print(1, flush=True)\n", "");
  EXPECT_EQ(t.verdict, Verdict::AC) << t.message;
  EXPECT_EQ(t.score, 0.5);
  EXPECT_EQ(t.message, "half");
  t = test("read n; read x <&3; echo 0; echo nothing >&2", "print(1, flush=True)\n", "");
  EXPECT_EQ(t.verdict, Verdict::WA) << t.message;
  EXPECT_EQ(t.message, "nothing");
}

TEST_F(Communication, CopiesWaitingForeverAreTimeLimitAtTheWallLimit) {
  cpu_ = wall_ = "2s";
  test::HostState before = test::HostState::capture();
  // The manager waits for the copies, the copies for the manager.
  auto t = test("read a <&3; read b <&5; echo 1", "input()\n");
  EXPECT_EQ(t.verdict, Verdict::TLE) << t.message;
  EXPECT_NE(t.message.find("wall time limit 2s exceeded"), std::string::npos) << t.message;
  EXPECT_GE(t.wall_us, 2'000'000u);
  EXPECT_EQ(test::leftovers(before, test::HostState::capture()), "");
}

TEST_F(Communication, CopiesCpuTimesAddUpAgainstTheLimit) {
  cpu_ = "1s";
  // Each copy alone stays under the limit; together they pass it.
  auto t = test(kTwoDoubled,
                "import time\nn = int(input())\n"
                "while time.process_time() < 0.7:\n    pass\nprint(2 * n, flush=True)\n");
  EXPECT_EQ(t.verdict, Verdict::TLE) << t.message;
  EXPECT_EQ(t.message.rfind("the copies' CPU times together: ", 0), 0u) << t.message;
  EXPECT_GT(t.cpu_us, 1'000'000u);
}

TEST_F(Communication, ProblemFileErrorsNameTheField) {
  EXPECT_NE(error_of("processes = 0\n").find("processes: must be in [1, 16]"), std::string::npos)
      << error_of("processes = 0\n");
  EXPECT_NE(error_of("processes = 17\n").find("processes: must be in [1, 16]"), std::string::npos);
  EXPECT_NE(error_of("io = \"socket\"\n").find("unknown way to talk 'socket'"), std::string::npos);
  EXPECT_NE(error_of("", "[interactor]\ntype = \"kattis\"\nprogram = \"manager.sh\"\n")
                .find("either [manager] or [interactor]"),
            std::string::npos);
  EXPECT_NE(error_of("", "[checker]\ntype = \"exact\"\n").find("remove [checker]"),
            std::string::npos);
  judge::Problem p = judge::load_problem(write_problem("echo 1", "processes = 3\nio = \"fifo\"\n"));
  ASSERT_TRUE(p.manager);
  EXPECT_EQ(p.manager->processes, 3u);
  EXPECT_EQ(p.manager->io, judge::ManagerSpec::Io::Fifo);
}

// The sandbox's side: many extra fds land on 3, 4, ... in order (the box's own channels are moved
// out of their way), and seed files are plain names only.
TEST(CommunicationSandbox, ExtraFdsLandInOrderAndSeedNamesArePlain) {
  constexpr int kFds = 40;
  std::vector<base::UniqueFd> read_ends;
  sandbox::RunSpec spec =
      test::shell("python3 -c 'import os\nfor fd in range(3, 43): os.write(fd, str(fd).encode())'");
  for (int i = 0; i < kFds; ++i) {
    int fds[2];
    ASSERT_EQ(::pipe2(fds, O_CLOEXEC), 0);
    read_ends.emplace_back(fds[0]);
    spec.extra_fds.push_back(std::make_shared<base::UniqueFd>(fds[1]));
  }
  // Not run_clean: the fds given to the box are gone after it, as they should be.
  sandbox::RunResult r = test::shared_sandbox().run(spec);
  ASSERT_EQ(r.status, sandbox::Status::OK) << r.message << r.stderr_data;
  for (int i = 0; i < kFds; ++i) {
    char buf[8] = {};
    ASSERT_GT(::read(read_ends[i].get(), buf, sizeof buf - 1), 0) << "fd " << i + 3;
    EXPECT_EQ(std::string(buf), std::to_string(i + 3));
    EXPECT_EQ(::read(read_ends[i].get(), buf, sizeof buf), 0) << "the judge kept no write end";
  }

  sandbox::RunSpec seeded = test::shell("cat /box/note");
  seeded.seed = {{"note", std::string("a\0b", 3)}};
  seeded.stdout_stream.target = sandbox::Stream::Capture{64};
  r = test::run_clean(seeded);
  EXPECT_EQ(r.status, sandbox::Status::OK) << r.message;
  EXPECT_EQ(r.stdout_data, std::string("a\0b", 3));
  for (const char* name : {"../etc/x", "..", "a/b", ""}) {
    seeded.seed = {{name, "x"}};
    r = test::run_clean(seeded);
    EXPECT_EQ(r.status, sandbox::Status::IE) << name;
    EXPECT_NE(r.message.find("is not a plain file name"), std::string::npos) << r.message;
  }
}

}  // namespace
