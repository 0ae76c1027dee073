// The compile step: boxed, blind to the tests, bounded, cached.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "judge/grader.h"
#include "judge/errors.h"
#include "judge/problem.h"
#include "tests/support/box.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

class Compile : public ::testing::Test {
 protected:
  fs::path source(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
    return dir_ / name;
  }
  judge::Report grade(const fs::path& submission) {
    judge::Grader grader(test::shared_sandbox(),
                         judge::Languages::load({judge::Languages::default_file()}),
                         dir_ / "cache");
    return grader.grade(problem_, submission, {});
  }

  test::TempDir temp_{"judge-compile-test"};
  const fs::path& dir_ = temp_.path;
  judge::Problem problem_ =
      judge::load_problem(fs::path(JUDGE_SOURCE_DIR) / "problems/aplusb/problem.toml");
};

TEST_F(Compile, SecondRunOfTheSameSubmissionIsCached) {
  auto file = source("a.cpp",
                     "#include <cstdio>\nint main(){long long a,b;std::scanf(\"%lld "
                     "%lld\",&a,&b);std::printf(\"%lld\\n\",a+b);}\n");
  auto first = grade(file);
  EXPECT_EQ(first.verdict, judge::Verdict::AC) << first.message << first.compile.log;
  EXPECT_FALSE(first.compile.cached);
  auto second = grade(file);
  EXPECT_EQ(second.verdict, judge::Verdict::AC);
  EXPECT_TRUE(second.compile.cached);
  // A different source is not.
  auto other = grade(source("b.cpp",
                            "#include <cstdio>\nint main(){long long "
                            "a,b;std::scanf(\"%lld%lld\",&a,&b);std::printf(\"%lld\\n\",a+b);}\n"));
  EXPECT_FALSE(other.compile.cached);
}

TEST_F(Compile, AProgramTheCacheHasNoRoomForIsGradedWithoutIt) {
  auto file = source("a.py", "a, b = map(int, input().split())\nprint(a + b)\n");
  for (int run = 0; run < 2; ++run) {
    judge::Grader grader(test::shared_sandbox(),
                         judge::Languages::load({judge::Languages::default_file()}), dir_ / "cache",
                         judge::Grader::WorkDirRoot(), 1);
    auto report = grader.grade(problem_, file, {});
    EXPECT_EQ(report.verdict, judge::Verdict::AC) << report.message;
    EXPECT_FALSE(report.compile.cached);
  }
}

TEST_F(Compile, CompilerCannotReadTheTests) {
  fs::path answer = problem_.tests[0].answer;
  auto report = grade(
      source("steal.cpp", "#include \"" + fs::absolute(answer).string() + "\"\nint main(){}\n"));
  EXPECT_EQ(report.verdict, judge::Verdict::CE);
  EXPECT_NE(report.compile.log.find("No such file or directory"), std::string::npos)
      << report.compile.log;
}

TEST_F(Compile, DevZeroIncludeBombIsCompileError) {
  auto report = grade(source("bomb.cpp", "#include \"/dev/zero\"\nint main(){}\n"));
  EXPECT_EQ(report.verdict, judge::Verdict::CE);
  EXPECT_NE(report.compile.message.find("limit"), std::string::npos) << report.compile.message;
}

// The assembler is killed writing past the compile output limit (256MiB); gcc calls that an
// internal compiler error, the report names the limit.
TEST_F(Compile, AnObjectFileLargerThanTheOutputLimitSaysSo) {
  auto report = grade(source("big.c",
                             "__asm__(\".section .data\\n.fill 0x12000000, 1, 0\\n.text\");\n"
                             "int main(void) { return 0; }\n"));
  EXPECT_EQ(report.verdict, judge::Verdict::CE);
  EXPECT_EQ(report.compile.message,
            "compiler output file larger than 256MiB (the compile output limit)")
      << report.compile.message << "\n"
      << report.compile.log;
}

TEST_F(Compile, SyntaxErrorIsCompileErrorWithTheLog) {
  auto report = grade(source("bad.cpp", "int main() { return 0 }\n"));
  EXPECT_EQ(report.verdict, judge::Verdict::CE);
  EXPECT_NE(report.compile.log.find("expected ';'"), std::string::npos) << report.compile.log;
  EXPECT_TRUE(report.tests.empty());
}

TEST_F(Compile, PythonSyntaxErrorIsCompileError) {
  auto report = grade(source("bad.py", "print(1 +)\n"));
  EXPECT_EQ(report.verdict, judge::Verdict::CE);
  EXPECT_NE(report.compile.log.find("SyntaxError"), std::string::npos) << report.compile.log;
}

TEST_F(Compile, ProgramSeesItsLayerReadOnlyAndNoTests) {
  // Prints what it can see; the tests' directory and the answers must not be among it.
  auto report = grade(source("look.py",
                             "import os, sys\n"
                             "a, b = map(int, sys.stdin.read().split())\n"
                             "seen = os.listdir('/sol') + os.listdir('/box') + os.listdir('/tmp')\n"
                             "try:\n  open('/sol/main.py', 'a').write('x')\n  "
                             "print('layer-writable')\nexcept OSError:\n  pass\n"
                             "print(a + b if seen == ['main.py'] else seen)\n"));
  EXPECT_EQ(report.verdict, judge::Verdict::AC) << report.message;
}

TEST_F(Compile, UnknownExtensionIsAnInputError) {
  EXPECT_THROW(grade(source("a.xyz", "")), judge::InputError);
}

}  // namespace
