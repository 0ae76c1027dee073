// A test's input is the program's stdin: an fd the judge opened on the host's mount, which the
// program can reopen for writing as /proc/self/fd/0 when the file is writable by others (a problem
// unpacked with mode 0666, a share mounted with it). A submission so rewrote the test for every
// later one (security review of 2026-11-30). Such a test is now IE, and the file stays as it was;
// with file I/O the input is a read-only bind, which the program cannot write through.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "judge/grader.h"
#include "judge/problem.h"
#include "tests/support/box.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

// Rewrites its stdin when it can, then answers the sum it read.
const char* const kTamper =
    "a, b = map(int, input().split())\n"
    "try:\n"
    "    with open('/proc/self/fd/0', 'r+') as f:\n"
    "        f.write('4 5\\n')\n"
    "except OSError:\n"
    "    pass\n"
    "print(a + b)\n";

// The same through the file input.txt, read-only bound into /box, and then its fd.
const char* const kTamperFile =
    "import os\n"
    "f = open('input.txt')\n"
    "a, b = map(int, f.readline().split())\n"
    "for path in ('input.txt', '/proc/self/fd/%d' % f.fileno()):\n"
    "    try:\n"
    "        open(path, 'r+').write('4 5\\n')\n"
    "    except OSError:\n"
    "        pass\n"
    "print(a + b)\n";

std::string contents(const fs::path& file) {
  std::ostringstream text;
  text << std::ifstream(file).rdbuf();
  return text.str();
}

judge::Report grade(const fs::path& dir, const std::string& extra_keys, const char* program) {
  fs::create_directories(dir / "tests");
  fs::create_directories(dir / "work");
  std::ofstream(dir / "problem.toml") << "name = \"w\"\ntime_limit = \"5s\"\n"
                                         "memory_limit = \"128MiB\"\n"
                                      << extra_keys << "[tests]\ndir = \"tests\"\n";
  std::ofstream(dir / "tests/1.ans") << "3\n";
  std::ofstream(dir / "sum.py") << program;
  judge::Grader grader(test::shared_sandbox(),
                       judge::Languages::load({judge::Languages::default_file()}),
                       fs::path(TEST_BUILD_DIR) / "example-cache", dir / "work");
  return grader.grade(judge::load_problem(dir / "problem.toml"), dir / "sum.py", {});
}

void write_input(const fs::path& dir, fs::perms mode) {
  fs::create_directories(dir / "tests");
  std::ofstream(dir / "tests/1.in") << "1 2\n";
  fs::permissions(dir / "tests/1.in", mode);
}

constexpr fs::perms kWorldWritable = fs::perms::owner_read | fs::perms::owner_write |
                                     fs::perms::group_read | fs::perms::group_write |
                                     fs::perms::others_read | fs::perms::others_write;

TEST(WritableInput, AnInputWritableByOthersIsIeAndStaysUnchanged) {
  test::TempDir dir("judge-writable-input");
  write_input(dir.path, kWorldWritable);
  judge::Report r = grade(dir.path, "", kTamper);
  ASSERT_EQ(r.tests.size(), 1u);
  EXPECT_EQ(r.tests[0].verdict, judge::Verdict::IE);
  EXPECT_EQ(r.tests[0].message,
            "stdin: '" + (dir.path / "tests/1.in").string() +
                "' is writable by others (chmod o-w): the program could rewrite it through "
                "/proc/self/fd/0");
  EXPECT_EQ(contents(dir.path / "tests/1.in"), "1 2\n");
}

TEST(WritableInput, WithFileIoTheReadOnlyBindKeepsItSafe) {
  test::TempDir dir("judge-writable-input");
  write_input(dir.path, kWorldWritable);
  judge::Report r = grade(dir.path, "input_file = \"input.txt\"\n", kTamperFile);
  ASSERT_EQ(r.tests.size(), 1u);
  EXPECT_EQ(r.tests[0].verdict, judge::Verdict::AC) << r.tests[0].message;
  EXPECT_EQ(contents(dir.path / "tests/1.in"), "1 2\n");
}

}  // namespace
