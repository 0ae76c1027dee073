// File I/O (input_file, output_file): the output file read from what the box's init took out, never
// followed or opened in place; the input read-only; stdin empty.
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
using judge::Verdict;

class FileIo : public ::testing::Test {
 protected:
  // A problem of one test, input `input` and answer `answer`, with `keys` at the top level.
  judge::Report grade(const std::string& keys, const std::string& submission,
                      const std::string& input = "hello\n", const std::string& answer = "hello\n") {
    fs::create_directories(dir_ / "tests");
    std::ofstream(dir_ / "tests/1.in") << input;
    std::ofstream(dir_ / "tests/1.ans") << answer;
    std::ofstream(dir_ / "problem.toml") << "name = \"p\"\ntime_limit = \"2s\"\n"
                                         << "memory_limit = \"64MiB\"\n"
                                         << keys << "\n[tests]\ndir = \"tests\"\n";
    std::ofstream(dir_ / "sub.py") << submission;
    fs::create_directories(dir_ / "work");
    judge::Grader grader(test::shared_sandbox(),
                         judge::Languages::load({judge::Languages::default_file()}),
                         fs::path(TEST_BUILD_DIR) / "example-cache", dir_ / "work");
    judge::Report report =
        grader.grade(judge::load_problem(dir_ / "problem.toml"), dir_ / "sub.py", {});
    EXPECT_TRUE(fs::is_empty(dir_ / "work")) << "the grading left files behind";
    return report;
  }
  // The one test's report.
  judge::TestReport test(const std::string& keys, const std::string& submission,
                         const std::string& input = "hello\n",
                         const std::string& answer = "hello\n") {
    judge::Report report = grade(keys, submission, input, answer);
    EXPECT_EQ(report.tests.size(), 1u) << report.message;
    return report.tests.empty() ? judge::TestReport{} : report.tests[0];
  }
  std::string input_on_host() {
    std::ifstream in(dir_ / "tests/1.in");
    std::ostringstream data;
    data << in.rdbuf();
    return data.str();
  }

  test::TempDir temp_{"judge-file-io"};
  const fs::path& dir_ = temp_.path;
};

const char* kBoth = "input_file = \"input.txt\"\noutput_file = \"output.txt\"";

TEST_F(FileIo, ReadsTheOutputFileAndIgnoresStdout) {
  auto t = test(kBoth,
                "print('not the answer')\n"
                "open('output.txt', 'w').write(open('input.txt').read())\n");
  EXPECT_EQ(t.verdict, Verdict::AC) << t.message;
  t = test(kBoth, "open('output.txt', 'w').write('goodbye\\n')\n");
  EXPECT_EQ(t.verdict, Verdict::WA) << t.message;
}

TEST_F(FileIo, NoOutputFileIsWrongAnswer) {
  auto t = test(kBoth, "print(open('input.txt').read())\n");
  EXPECT_EQ(t.verdict, Verdict::WA);
  EXPECT_EQ(t.message, "no output file output.txt");
  EXPECT_EQ(t.exit_code, 0) << "the run's figures are kept";
}

// output.txt pointing at input.txt, which holds the right answer: read through, it would pass.
TEST_F(FileIo, ALinkAsOutputFileIsNeverFollowed) {
  auto t = test(kBoth, "import os\nos.symlink('input.txt', 'output.txt')\n");
  EXPECT_EQ(t.verdict, Verdict::WA);
  EXPECT_EQ(t.message, "output.txt is not a regular file (a link, FIFO or directory): not read");
  t = test(kBoth, "import os\nos.symlink('/box/input.txt', 'output.txt')\n");
  EXPECT_EQ(t.verdict, Verdict::WA) << t.message;
}

TEST_F(FileIo, AFifoOrDirectoryAsOutputFileIsWrongAnswer) {
  // A FIFO opened for reading would block the judge forever: it is never opened.
  for (const char* make : {"os.mkfifo('output.txt')", "os.mkdir('output.txt')"}) {
    auto t = test(kBoth, std::string("import os\n") + make + "\n");
    EXPECT_EQ(t.verdict, Verdict::WA) << make;
    EXPECT_EQ(t.message, "output.txt is not a regular file (a link, FIFO or directory): not read")
        << make;
  }
}

TEST_F(FileIo, AnOutputFileOverTheLimitIsOutputLimitExceeded) {
  const std::string keys = std::string(kBoth) + "\noutput_limit = \"1KiB\"";
  // Exactly the limit is checked as usual.
  std::string full(1023, 'x');
  full += '\n';
  auto t = test(keys, "open('output.txt', 'w').write(open('input.txt').read())\n", full, full);
  EXPECT_EQ(t.verdict, Verdict::AC) << t.message;
  // Past it, the file size limit stops the program (SIGXFSZ).
  t = test(keys, "open('output.txt', 'w').write('x' * 4096)\n");
  EXPECT_EQ(t.verdict, Verdict::OLE) << t.message;
  // A program that ignores SIGXFSZ keeps the one byte over the limit the file size limit allows:
  // the judge's own check makes that OLE too.
  t = test(keys,
           "import signal\nsignal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
           "f = open('output.txt', 'w')\n"
           "try:\n  f.write('x' * 1025); f.flush()\nexcept OSError:\n  pass\n"
           "try:\n  f.write('x'); f.flush()\nexcept OSError:\n  pass\n"
           "import os\nassert os.path.getsize('output.txt') == 1025\n");
  EXPECT_EQ(t.verdict, Verdict::OLE) << t.message;
  EXPECT_EQ(t.message, "output.txt is larger than the output limit");
}

// Every way of changing the input fails in the box, and the judge's file stays as it was.
TEST_F(FileIo, TheInputFileIsReadOnly) {
  const char* attempts =
      "import os\nfailed = 0\n"
      "for attempt in [lambda: open('input.txt', 'a').write('x'),\n"
      "                lambda: open('input.txt', 'w'),\n"
      "                lambda: os.truncate('input.txt', 0),\n"
      "                lambda: os.chmod('input.txt', 0o777),\n"
      "                lambda: os.unlink('input.txt'),\n"
      "                lambda: os.rename('input.txt', 'moved.txt'),\n"
      "                lambda: os.rename('other.txt', 'input.txt')]:\n"
      "    open('other.txt', 'w').write('changed\\n')\n"
      "    try:\n        attempt()\n    except OSError:\n        failed += 1\n"
      "open('output.txt', 'w').write(str(failed) + ' ' + open('input.txt').read())\n";
  auto t = test(kBoth, attempts, "hello\n", "7 hello\n");
  EXPECT_EQ(t.verdict, Verdict::AC) << t.message;
  EXPECT_EQ(input_on_host(), "hello\n");
}

TEST_F(FileIo, StdinIsEmptyWithAnInputFile) {
  auto t =
      test(kBoth, "import sys\nopen('output.txt', 'w').write(str(len(sys.stdin.read())) + '\\n')\n",
           "hello\n", "0\n");
  EXPECT_EQ(t.verdict, Verdict::AC) << t.message;
}

TEST_F(FileIo, EachFileAlone) {
  // Only output_file: the input is stdin.
  auto t = test("output_file = \"out\"", "import sys\nopen('out', 'w').write(sys.stdin.read())\n");
  EXPECT_EQ(t.verdict, Verdict::AC) << t.message;
  // Only input_file: the output is stdout.
  t = test("input_file = \"in\"", "print(open('in').read(), end='')\n");
  EXPECT_EQ(t.verdict, Verdict::AC) << t.message;
}

// A checker program gets the output file as the output (a Kattis validator: on its stdin).
TEST_F(FileIo, ACheckerProgramChecksTheOutputFile) {
  fs::create_directories(dir_);
  std::ofstream(dir_ / "check.sh") << "#!/bin/sh\nread line\n"
                                   << "[ \"$line\" = \"from the file\" ] && exit 42\n"
                                   << "echo \"got $line\" > \"$3/judgemessage.txt\"; exit 43\n";
  fs::permissions(dir_ / "check.sh", fs::perms::owner_all | fs::perms::group_read |
                                         fs::perms::group_exec | fs::perms::others_read |
                                         fs::perms::others_exec);
  const std::string keys =
      std::string(kBoth) + "\n[checker]\ntype = \"kattis\"\nprogram = \"check.sh\"\n";
  auto t = test(keys, "print('from stdout')\nopen('output.txt', 'w').write('from the file\\n')\n");
  EXPECT_EQ(t.verdict, Verdict::AC) << t.message;
  t = test(keys, "open('output.txt', 'w').write('other\\n')\n");
  EXPECT_EQ(t.verdict, Verdict::WA);
  EXPECT_EQ(t.message, "got other");
}

// The box reads the input by its mode for others: an input it cannot read is the problem's fault.
TEST_F(FileIo, AnInputTheBoxCannotReadIsInternalError) {
  fs::create_directories(dir_ / "tests");
  std::ofstream(dir_ / "tests/1.in") << "hello\n";
  fs::permissions(dir_ / "tests/1.in", fs::perms::owner_read | fs::perms::owner_write);
  auto t = test(kBoth, "open('output.txt', 'w').write(open('input.txt').read())\n");
  EXPECT_EQ(t.verdict, Verdict::IE);
  EXPECT_NE(t.message.find("not a regular file readable by others"), std::string::npos)
      << t.message;
}

}  // namespace
