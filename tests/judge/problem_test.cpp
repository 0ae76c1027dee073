// problem.toml: what loads, and the errors for what does not (file:line:column, naming the key).
#include "judge/problem.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "judge/errors.h"
#include "tests/support/problem_files.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

class ProblemFile : public ::testing::Test {
 protected:
  void SetUp() override {
    for (std::string name : {"1", "2", "10"})
      test::write_test_case(dir_, name, name + "\n", name + "\n");
  }

  fs::path write(const std::string& text) {
    fs::path file = dir_ / "problem.toml";
    std::ofstream(file) << text;
    return file;
  }
  // The message of the InputError loading `text` throws, or "" if it loads.
  std::string error_of(const std::string& text) {
    try {
      judge::load_problem(write(text));
    } catch (const judge::InputError& e) {
      return e.what();
    }
    return "";
  }
  test::TempDir temp_{"judge-problem-test"};
  const fs::path& dir_ = temp_.path;
};

const char* kGood =
    "name = \"p\"\ntime_limit = \"1s\"\nmemory_limit = \"64MiB\"\n[tests]\ndir = \"tests\"\n";

TEST_F(ProblemFile, LoadsWithDefaults) {
  auto p = judge::load_problem(write(kGood));
  EXPECT_EQ(p.name, "p");
  EXPECT_EQ(p.title, "p");
  EXPECT_EQ(p.limits.cpu_time, std::chrono::seconds(1));
  EXPECT_EQ(p.limits.memory, 64ull << 20);
  EXPECT_FALSE(p.limits.wall_time) << "not in the file: the default of every run";
  EXPECT_FALSE(p.limits.output);
  auto limits = sandbox::with_defaults(p.limits);
  EXPECT_EQ(limits.wall_time, std::chrono::seconds(4)) << "3 x time_limit + 1s";
  EXPECT_EQ(limits.output, 64ull << 20);
  EXPECT_EQ(p.checker.type, judge::CheckerType::Tokens);
  ASSERT_EQ(p.tests.size(), 3u);
  EXPECT_EQ(p.tests[0].name, "1");
  EXPECT_EQ(p.tests[1].name, "2");
  EXPECT_EQ(p.tests[2].name, "10") << "natural order";
}

TEST_F(ProblemFile, ExplicitCasesAndFloatChecker) {
  auto p = judge::load_problem(
      write("name = \"p\"\ntime_limit = \"500ms\"\nmemory_limit = \"1GiB\"\n"
            "[[tests.case]]\nname = \"small\"\ninput = \"tests/2.in\"\nanswer = \"tests/2.ans\"\n"
            "[[tests.case]]\ninput = \"tests/1.in\"\nanswer = \"tests/1.ans\"\n"
            "[checker]\ntype = \"float\"\nabs_tolerance = 1e-3\nrel_tolerance = 0.0\n"));
  ASSERT_EQ(p.tests.size(), 2u);
  EXPECT_EQ(p.tests[0].name, "small");
  EXPECT_EQ(p.tests[1].name, "2");
  EXPECT_EQ(p.checker.type, judge::CheckerType::Float);
  EXPECT_DOUBLE_EQ(p.checker.abs_tolerance, 1e-3);
  EXPECT_DOUBLE_EQ(p.checker.rel_tolerance, 0.0);
}

TEST_F(ProblemFile, FloatCheckerTakesCaseSensitive) {
  auto p = judge::load_problem(
      write(std::string(kGood) + "[checker]\ntype = \"float\"\ncase_sensitive = false\n"));
  EXPECT_EQ(p.checker.type, judge::CheckerType::Float);
  EXPECT_FALSE(p.checker.case_sensitive);
  EXPECT_TRUE(judge::load_problem(write(std::string(kGood) + "[checker]\ntype = \"float\"\n"))
                  .checker.case_sensitive);
  EXPECT_NE(
      error_of(std::string(kGood) + "[checker]\ntype = \"lines\"\ncase_sensitive = false\n")
          .find("checker.case_sensitive: only for type = \"tokens\" or \"float\", not \"lines\""),
      std::string::npos)
      << "lines and exact compare exactly";
}

TEST_F(ProblemFile, ErrorsNameFileLineColumnAndKey) {
  const std::string file = (dir_ / "problem.toml").string();
  struct Case {
    std::string text, expected;
  } cases[] = {
      {"time_limit = \"1s\"\nmemory_limit = \"64MiB\"\n[tests]\ndir = \"tests\"\n",
       file + ":1:1: name: missing (required)"},
      {"name = \"p\"\ntime_limit = \"1 s\"\nmemory_limit = \"64MiB\"\n[tests]\ndir = \"tests\"\n",
       file + ":2:14: time_limit: invalid duration '1 s'"},
      {"name = \"p\"\ntime_limit = \"1s\"\nmemory_limit = \"256MB\"\n[tests]\ndir = \"tests\"\n",
       file + ":3:16: memory_limit: invalid size '256MB': unknown unit 'MB'"},
      {"name = \"p\"\ntime_limit = 1\nmemory_limit = \"64MiB\"\n[tests]\ndir = \"tests\"\n",
       file + ":2:14: time_limit: expected a duration string"},
      {std::string(kGood) + "time_limt = \"2s\"\n", file + ":6:13: tests.time_limt: unknown key"},
      {std::string("tme = 1\n") + kGood, file + ":1:7: tme: unknown key"},
      {"name = \"p\"\ntime_limit = \"1s\"\nmemory_limit = \"64MiB\"\n[tests]\ndir = \"nope\"\n",
       file + ":5:7: tests.dir: '"},
      {std::string(kGood) + "[checker]\ntype = \"fuzzy\"\n",
       file + ":7:8: checker.type: unknown checker 'fuzzy'"},
      {"name = \"p\"\ntime_limit = \"1s\"\nmemory_limit = \"64MiB\"\n[[tests.case]]\ninput = "
       "\"tests/9.in\"\nanswer = \"tests/1.ans\"\n",
       file + ":5:9: tests.case[0].input: no such file"},
      {"name = \"p\"\ntime_limit = \"1s\"\n[tests\n", file + ":3:7: "},
      {"name = \"a b\"\ntime_limit = \"1s\"\nmemory_limit = \"64MiB\"\n[tests]\ndir = \"tests\"\n",
       file + ":1:8: name: must be an identifier"},
  };
  for (const Case& c : cases) {
    std::string error = error_of(c.text);
    EXPECT_EQ(error.rfind(c.expected, 0), 0u)
        << "for:\n"
        << c.text << "\ngot: " << error << "\nexpected prefix: " << c.expected;
  }
}

TEST_F(ProblemFile, CheckerProgramKeys) {
  std::ofstream(dir_ / "check.cpp") << "int main() { return 42; }\n";
  auto p = judge::load_problem(write(std::string(kGood) +
                                     "[checker]\ntype = \"kattis\"\nsource = \"check.cpp\"\n"
                                     "language = \"cpp\"\nargs = [\"float_tolerance\", \"1e-6\"]\n"
                                     "time_limit = \"2s\"\nmemory_limit = \"512MiB\"\n"));
  EXPECT_EQ(p.checker.type, judge::CheckerType::Kattis);
  EXPECT_TRUE(p.checker.is_program());
  EXPECT_EQ(p.checker.program.source, dir_ / "check.cpp");
  EXPECT_EQ(p.checker.program.language, "cpp");
  EXPECT_EQ(p.checker.program.args, (std::vector<std::string>{"float_tolerance", "1e-6"}));
  EXPECT_EQ(p.checker.program.limits.cpu_time, std::chrono::seconds(2));
  EXPECT_EQ(p.checker.program.limits.wall_time, std::chrono::seconds(7));
  EXPECT_EQ(p.checker.program.limits.memory, 512ull << 20);

  auto defaults = judge::load_problem(
      write(std::string(kGood) + "[checker]\ntype = \"testlib\"\nsource = \"check.cpp\"\n"));
  EXPECT_EQ(defaults.checker.type, judge::CheckerType::Testlib);
  EXPECT_EQ(defaults.checker.program.limits.cpu_time, sandbox::defaults::kCheckerCpuTime);
  EXPECT_EQ(defaults.checker.program.limits.memory, sandbox::defaults::kCheckerMemory);
  EXPECT_TRUE(defaults.checker.program.args.empty());
}

TEST_F(ProblemFile, CheckerProgramErrors) {
  std::ofstream(dir_ / "check.cpp") << "int main() { return 42; }\n";
  std::ofstream(dir_ / "not_executable") << "#!/bin/sh\nexit 42\n";
  const std::string file = (dir_ / "problem.toml").string();
  const std::string head = std::string(kGood) + "[checker]\n";
  struct Case {
    std::string text, expected;
  } cases[] = {
      {head + "type = \"kattis\"\n", file + ":6:1: checker: a checker program needs source"},
      {head + "type = \"kattis\"\nsource = \"check.cpp\"\nprogram = \"check.cpp\"\n",
       file + ":9:11: checker.program: use either source or program"},
      {head + "type = \"testlib\"\nsource = \"nope.cpp\"\n",
       file + ":8:10: checker.source: no such file"},
      {head + "type = \"testlib\"\nprogram = \"not_executable\"\n",
       file + ":8:11: checker.program: no executable file"},
      {head + "type = \"tokens\"\nsource = \"check.cpp\"\n",
       file + ":8:10: checker.source: only for a checker program"},
      {head + "type = \"kattis\"\nsource = \"check.cpp\"\nargs = \"x\"\n",
       file + ":9:8: checker.args: expected"},
      {head + "type = \"kattis\"\nsource = \"check.cpp\"\ntime_limit = \"0s\"\n",
       file + ":9:14: checker.time_limit: must be positive"},
      {head + "type = \"kattis\"\nsource = \"check.cpp\"\nmemory_limit = \"1KiB\"\n",
       file + ":9:16: checker.memory_limit: must be at least 1MiB"},
      {head + "type = \"kattis\"\nsource = \"check.cpp\"\nabs_tolerance = 0.1\n",
       file + ":9:17: checker.abs_tolerance: only for type = \"float\""},
      {head + "type = \"kattis\"\nsource = \"check.cpp\"\nsorce = 1\n",
       file + ":9:9: checker.sorce: unknown key"},
  };
  for (const Case& c : cases) {
    std::string error = error_of(c.text);
    EXPECT_EQ(error.rfind(c.expected, 0), 0u)
        << "for:\n"
        << c.text << "\ngot: " << error << "\nexpected prefix: " << c.expected;
  }
}

TEST_F(ProblemFile, TestWithoutAnswerIsAnError) {
  std::ofstream(dir_ / "tests" / "3.in") << "3\n";
  std::string error = error_of(kGood);
  EXPECT_NE(error.find("test '3' has 3.in but no 3.ans"), std::string::npos) << error;
}

TEST_F(ProblemFile, MissingFileIsAnError) {
  EXPECT_THROW(judge::load_problem(dir_ / "absent.toml"), judge::InputError);
}

TEST(NaturalOrder, DigitRunsCompareAsNumbers) {
  EXPECT_TRUE(judge::natural_less("2", "10"));
  EXPECT_TRUE(judge::natural_less("a2", "a10"));
  EXPECT_TRUE(judge::natural_less("10", "a1"));
  EXPECT_FALSE(judge::natural_less("10", "2"));
  EXPECT_TRUE(judge::natural_less("01", "2"));
  EXPECT_FALSE(judge::natural_less("x", "x"));
}

}  // namespace
