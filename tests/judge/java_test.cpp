// Java as problems expect it: a heap that runs out is MLE, a package is CE, the class that runs is
// the one with the main method whatever its name. Skipped where no JDK is installed.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "judge/grader.h"
#include "judge/problem.h"
#include "tests/support/box.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

class Java : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!judge::command_available({"javac"}) || !judge::command_available({"java"}))
      GTEST_SKIP() << "no JDK installed";
  }
  judge::Report grade(const std::string& text) {
    fs::create_directories(dir_ / "src");
    std::ofstream(dir_ / "src/Main.java") << text;
    judge::Grader grader(test::shared_sandbox(),
                         judge::Languages::load({judge::Languages::default_file()}),
                         dir_ / "cache");
    judge::GradeOptions options;
    options.fail_fast = true;
    return grader.grade(problem_, dir_ / "src/Main.java", options);
  }

  test::TempDir temp_{"judge-java-test"};
  const fs::path& dir_ = temp_.path;
  judge::Problem problem_ =  // 256MiB
      judge::load_problem(fs::path(JUDGE_SOURCE_DIR) / "problems/aplusb/problem.toml");
};

// One allocation larger than the heap (-Xmx is the memory limit) fails at once, long before the
// box's memory does: the JVM's OutOfMemoryError, which is a memory limit exceeded.
TEST_F(Java, AnAllocationLargerThanTheHeapIsMle) {
  auto report = grade(
      "public class Main { public static void main(String[] a) {\n"
      "  long[] big = new long[100_000_000]; big[1] = 1; System.out.println(big.length); } }\n");
  ASSERT_EQ(report.compile.status, judge::CompileReport::Status::OK) << report.compile.log;
  ASSERT_FALSE(report.tests.empty());
  EXPECT_EQ(report.tests[0].verdict, judge::Verdict::MLE) << report.tests[0].message;
  EXPECT_NE(report.tests[0].message.find("memory limit 256MiB exceeded"), std::string::npos)
      << report.tests[0].message;
}

// A class in a package compiles, but `java Main` could not run it: CE, saying why.
TEST_F(Java, AProgramInAPackageIsCeSayingSo) {
  auto report = grade(
      "package contest;\n"
      "public class Main { public static void main(String[] a) { System.out.println(1); } }\n");
  EXPECT_EQ(report.verdict, judge::Verdict::CE) << report.message;
  EXPECT_NE(report.compile.message.find("declares a package"), std::string::npos)
      << report.compile.message;
  EXPECT_TRUE(report.tests.empty());
}

// As DOMjudge: the public class need not be Main (the source is named after it).
TEST_F(Java, APublicClassNotNamedMainRuns) {
  auto report = grade(
      "import java.util.Scanner;\n"
      "public class Solution { public static void main(String[] a) {\n"
      "  Scanner in = new Scanner(System.in);\n"
      "  System.out.println(in.nextLong() + in.nextLong()); } }\n");
  EXPECT_EQ(report.verdict, judge::Verdict::AC) << report.compile.log << report.message;
}

// The main method in a class that is not the public one: that class runs.
TEST_F(Java, TheClassWithMainRunsWhenThePublicOneHasNone) {
  auto report = grade(
      "import java.util.Scanner;\n"
      "public class Adder { static long add(long x, long y) { return x + y; } }\n"
      "class Runner { public static void main(String[] a) {\n"
      "  Scanner in = new Scanner(System.in);\n"
      "  System.out.println(Adder.add(in.nextLong(), in.nextLong())); } }\n");
  EXPECT_EQ(report.verdict, judge::Verdict::AC) << report.compile.log << report.message;
}

// A class name the judge will not make a file name of is CE before any compile.
TEST_F(Java, ANonAsciiPublicClassNameIsCeSayingSo) {
  auto report = grade("public class Lösung { public static void main(String[] a) {} }\n");
  EXPECT_EQ(report.verdict, judge::Verdict::CE);
  EXPECT_NE(report.compile.message.find("'Lösung' is not a plain ASCII Java identifier"),
            std::string::npos)
      << report.compile.message;
  EXPECT_EQ(report.compile.wall_us, 0u);  // no box ran
}

// A program that fails otherwise is still RE.
TEST_F(Java, AnExceptionIsStillRe) {
  auto report = grade(
      "public class Main { public static void main(String[] a) {\n"
      "  throw new IllegalStateException(\"no\"); } }\n");
  ASSERT_FALSE(report.tests.empty()) << report.compile.log;
  EXPECT_EQ(report.tests[0].verdict, judge::Verdict::RE) << report.tests[0].message;
}

}  // namespace
