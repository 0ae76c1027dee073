// check_output, what run_test does after a run: files the judge cannot read whole are its own
// failure (IE, with why), never a verdict on the program.
#include "judge/check_output.h"

#include <gtest/gtest.h>

#include <fstream>

#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

struct Files {
  test::TempDir temp{"judge-check-output"};
  fs::path output = temp.path / "output", answer = temp.path / "answer";
  Files(const std::string& out, const std::string& ans) {
    std::ofstream(output, std::ios::binary) << out;
    std::ofstream(answer, std::ios::binary) << ans;
  }
};

judge::CheckerSpec tokens() {
  return {};
}

TEST(CheckOutput, ChecksTheFiles) {
  Files f("1 2\n", "1 3\n");
  auto c = judge::check_output(tokens(), f.output, 1 << 20, f.answer);
  ASSERT_TRUE(c.result) << c.error;
  EXPECT_FALSE(c.result->accepted);
  EXPECT_EQ(c.result->message, "token 2: expected '3', found '2'");
}

TEST(CheckOutput, OutputOverTheLimitIsAnInternalError) {
  Files f("1 2 3\n", "1 2\n");
  auto c = judge::check_output(tokens(), f.output, 5, f.answer);
  EXPECT_FALSE(c.result);
  EXPECT_EQ(c.error, "cannot read the program's output: larger than 5 bytes");
}

TEST(CheckOutput, UnreadableFilesAreInternalErrorsNotWrongAnswers) {
  Files f("1 2\n", "1 2\n");
  // A directory opens but does not read (EISDIR): the checker would have seen an empty output.
  auto c = judge::check_output(tokens(), f.temp.path, 1 << 20, f.answer);
  EXPECT_FALSE(c.result);
  EXPECT_EQ(c.error, "cannot read the program's output: Is a directory");
  c = judge::check_output(tokens(), f.output, 1 << 20, f.temp.path / "missing");
  EXPECT_FALSE(c.result);
  EXPECT_EQ(c.error,
            "cannot read " + (f.temp.path / "missing").string() + ": No such file or directory");
  fs::create_symlink(f.answer, f.temp.path / "link");
  c = judge::check_output(tokens(), f.temp.path / "link", 1 << 20, f.answer);
  EXPECT_FALSE(c.result) << "a symlink is not followed";
}

}  // namespace
