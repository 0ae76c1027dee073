// Interactive problems against a hostile program (tests/hostile/interactive/spy.c): it cannot
// read the test's input or answer or the interactor's files, cannot see, signal or trace the
// interactor (another PID namespace), and leaves nothing behind.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "judge/grader.h"
#include "judge/problem.h"
#include "tests/support/box.h"
#include "tests/support/host_state.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

// A problem in `dir` with one test and the Kattis interactor `script`, for the program `source`.
void write_problem(const fs::path& dir, const std::string& script, const std::string& source) {
  fs::create_directories(dir / "tests");
  fs::create_directories(dir / "work");
  std::ofstream(dir / "tests/1.in") << "secret input\n";
  std::ofstream(dir / "tests/1.ans") << "secret answer\n";
  std::ofstream(dir / "interact.sh") << script;
  fs::permissions(dir / "interact.sh", fs::perms::owner_all | fs::perms::group_read |
                                           fs::perms::group_exec | fs::perms::others_read |
                                           fs::perms::others_exec);
  std::ofstream(dir / "problem.toml")
      << "name = \"p\"\ntime_limit = \"10s\"\nmemory_limit = \"64MiB\"\n[tests]\ndir = \"tests\"\n"
         "[interactor]\ntype = \"kattis\"\nprogram = \"interact.sh\"\n";
  std::ofstream(dir / "program.c") << source;
}

std::string hostile_source(const char* name) {
  std::ifstream source(fs::path(JUDGE_SOURCE_DIR) / "tests/hostile/interactive" / name);
  std::ostringstream text;
  text << source.rdbuf();
  return text.str();
}

judge::Report grade(const fs::path& dir) {
  judge::Grader grader(test::shared_sandbox(),
                       judge::Languages::load({judge::Languages::default_file()}),
                       fs::path(TEST_BUILD_DIR) / "example-cache", dir / "work");
  return grader.grade(judge::load_problem(dir / "problem.toml"), dir / "program.c", {});
}

// Leaves a file in its /box, says hello, and accepts "clean" alone; it must outlive the spy's
// kill(-1) to say so.
const char* const kHelloInteractor =
    "#!/bin/sh\necho mine > /box/secret\necho hello\nread said\necho bye\n"
    "[ \"$said\" = clean ] && exit 42\necho \"$said\" > \"$3/judgemessage.txt\"; exit 43\n";

TEST(InteractiveHostile, ProgramCannotReachTheInteractorOrTheTestFiles) {
  test::TempDir temp("judge-interactive-hostile");
  const fs::path& dir = temp.path;
  std::string spy =
      replaced(hostile_source("spy.c"), "@INPUT_PATH@", (dir / "tests/1.in").string());
  write_problem(dir, kHelloInteractor,
                replaced(spy, "@ANSWER_PATH@", (dir / "tests/1.ans").string()));

  test::HostState before = test::HostState::capture();
  judge::Report report = grade(dir);
  ASSERT_EQ(report.tests.size(), 1u) << report.message;
  EXPECT_EQ(judge::to_string(report.tests[0].verdict), "AC") << report.tests[0].message;
  EXPECT_EQ(report.tests[0].message, "");
  EXPECT_EQ(test::leftovers(before, test::HostState::capture()), "");
  EXPECT_TRUE(fs::is_empty(dir / "work"));
}

// A program that leaves its pipes in flight and ends without answering: the interactor must see
// EOF when the program's box is gone and say WA, not wait until its own limit (IE).
TEST(InteractiveHostile, PipesLeftInFlightStillEndAtTheProgramsEnd) {
  test::TempDir temp("judge-interactive-inflight");
  const fs::path& dir = temp.path;
  write_problem(dir, kHelloInteractor, hostile_source("fds_in_flight.c"));

  test::HostState before = test::HostState::capture();
  judge::Report report = grade(dir);
  ASSERT_EQ(report.tests.size(), 1u) << report.message;
  EXPECT_EQ(judge::to_string(report.tests[0].verdict), "WA") << report.tests[0].message;
  EXPECT_EQ(test::leftovers(before, test::HostState::capture()), "");
  EXPECT_TRUE(fs::is_empty(dir / "work"));
}

}  // namespace
