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

TEST(InteractiveHostile, ProgramCannotReachTheInteractorOrTheTestFiles) {
  test::TempDir temp("judge-interactive-hostile");
  const fs::path& dir = temp.path;
  fs::create_directories(dir / "tests");
  fs::create_directories(dir / "work");
  std::ofstream(dir / "tests/1.in") << "secret input\n";
  std::ofstream(dir / "tests/1.ans") << "secret answer\n";
  // Leaves a file in its /box, says hello, and accepts "clean" alone; it must outlive the spy's
  // kill(-1) to say so.
  std::ofstream(dir / "interact.sh")
      << "#!/bin/sh\necho mine > /box/secret\necho hello\nread said\necho bye\n"
         "[ \"$said\" = clean ] && exit 42\necho \"$said\" > \"$3/judgemessage.txt\"; exit 43\n";
  fs::permissions(dir / "interact.sh", fs::perms::owner_all | fs::perms::group_read |
                                           fs::perms::group_exec | fs::perms::others_read |
                                           fs::perms::others_exec);
  std::ofstream(dir / "problem.toml")
      << "name = \"p\"\ntime_limit = \"10s\"\nmemory_limit = \"64MiB\"\n[tests]\ndir = \"tests\"\n"
         "[interactor]\ntype = \"kattis\"\nprogram = \"interact.sh\"\n";
  std::ifstream source(fs::path(JUDGE_SOURCE_DIR) / "tests/hostile/interactive/spy.c");
  std::ostringstream text;
  text << source.rdbuf();
  std::string spy = replaced(text.str(), "@INPUT_PATH@", (dir / "tests/1.in").string());
  std::ofstream(dir / "spy.c") << replaced(spy, "@ANSWER_PATH@", (dir / "tests/1.ans").string());

  test::HostState before = test::HostState::capture();
  judge::Grader grader(test::shared_sandbox(),
                       judge::Languages::load({judge::Languages::default_file()}),
                       fs::path(TEST_BUILD_DIR) / "example-cache", dir / "work");
  judge::Report report = grader.grade(judge::load_problem(dir / "problem.toml"), dir / "spy.c", {});
  ASSERT_EQ(report.tests.size(), 1u) << report.message;
  EXPECT_EQ(judge::to_string(report.tests[0].verdict), "AC") << report.tests[0].message;
  EXPECT_EQ(report.tests[0].message, "");
  EXPECT_EQ(test::leftovers(before, test::HostState::capture()), "");
  EXPECT_TRUE(fs::is_empty(dir / "work"));
}

}  // namespace
