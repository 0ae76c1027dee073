// Graders ([grader.ID]): the problem's files compiled with the submission, invisible at run time,
// part of the cache key; a language without a grader is CE.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "judge/grader.h"
#include "judge/problem.h"
#include "tests/support/box.h"
#include "tests/support/problem_files.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using judge::Verdict;

// Reads n numbers, prints total() of them.
const char* kGraderCpp =
    "#include <cstdio>\n#include <vector>\n#include \"sum.h\"\n"
    "int main() { long long n; std::scanf(\"%lld\", &n); std::vector<long long> a(n);\n"
    "  for (auto& x : a) std::scanf(\"%lld\", &x);\n"
    "  std::printf(\"%lld\\n\", total(a)); }\n";
const char* kGraderPy =
    "import sys\nfrom sum import total\n"
    "data = sys.stdin.read().split()\nprint(total([int(x) for x in data[1:]]))\n";
const char* kSumCpp =
    "#include \"sum.h\"\nlong long total(const std::vector<long long>& a) {\n"
    "  long long s = kOffset; for (long long x : a) s += x; return s; }\n";

std::string header(int offset) {
  return "#pragma once\n#include <vector>\nconstexpr long long kOffset = " +
         std::to_string(offset) + ";\nlong long total(const std::vector<long long>& a);\n";
}

class GraderFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    test::write_test_case(dir_, "1", "3\n1 2 3\n", std::string(answer_) + "\n");
    fs::create_directories(dir_ / "grader");
    std::ofstream(dir_ / "grader/grader.cpp") << kGraderCpp;
    std::ofstream(dir_ / "grader/sum.h") << header(0);
    std::ofstream(dir_ / "grader/grader.py") << kGraderPy;
    std::ofstream(dir_ / "grader/data.txt") << "data\n";
    fs::create_directories(dir_ / "work");
  }
  void write_problem(const std::string& cpp_extra = "") {
    std::ofstream(dir_ / "problem.toml")
        << "name = \"p\"\ntime_limit = \"2s\"\nmemory_limit = \"256MiB\"\n[tests]\ndir = "
           "\"tests\"\n"
        << "[grader.cpp]\nfiles = [\"grader/grader.cpp\", \"grader/sum.h\"" << cpp_extra
        << "]\nsubmission_name = \"sum.cpp\"\n"
        << "[grader.python3]\nfiles = [\"grader/grader.py\"]\nsubmission_name = \"sum.py\"\n";
  }
  judge::Report grade(const std::string& name, const std::string& submission,
                      const judge::Languages& languages =
                          judge::Languages::load({judge::Languages::default_file()})) {
    if (!fs::exists(dir_ / "problem.toml")) write_problem();
    std::ofstream(dir_ / name) << submission;
    judge::Grader grader(test::shared_sandbox(), languages, dir_ / "cache", dir_ / "work");
    return grader.grade(judge::load_problem(dir_ / "problem.toml"), dir_ / name, {});
  }

  test::TempDir temp_{"judge-grader-files"};
  const fs::path& dir_ = temp_.path;
  const char* answer_ = "6";
};

TEST_F(GraderFiles, CppGraderAndSubmissionCompileAndLink) {
  judge::Report r = grade("mine.cpp", kSumCpp);
  EXPECT_EQ(r.verdict, Verdict::AC) << r.message << r.compile.log;
  // A submission without the function the grader calls does not link: CE, the linker's log.
  r = grade("other.cpp", "#include \"sum.h\"\nlong long sum() { return 0; }\n");
  EXPECT_EQ(r.verdict, Verdict::CE);
  EXPECT_NE(r.compile.log.find("total"), std::string::npos) << r.compile.log;
}

TEST_F(GraderFiles, PythonGraderImportsTheSubmission) {
  judge::Report r = grade("mine.py", "def total(a):\n    return sum(a)\n");
  EXPECT_EQ(r.verdict, Verdict::AC) << r.message << r.compile.log;
  ASSERT_EQ(r.tests.size(), 1u);
}

// total() returns how many of the problem's files the program can open at run time: none, but
// those `keep` names.
TEST_F(GraderFiles, TheProgramCannotReadTheGraderFiles) {
  const char* probe =
      "#include <fcntl.h>\n#include \"sum.h\"\n"
      "long long total(const std::vector<long long>&) { long long n = 0;\n"
      "  for (const char* f : {\"grader.cpp\", \"sum.h\", \"sum.cpp\", \"data.txt\",\n"
      "      \"/box/grader.cpp\", \"/box/sum.h\", \"/sol/grader.cpp\", \"/sol/sum.h\",\n"
      "      \"/sol/sum.cpp\", \"/sol/data.txt\"})\n"
      "    n += open(f, O_RDONLY) >= 0;\n  return n * 100; }\n";
  std::ofstream(dir_ / "tests/1.ans") << "0\n";
  judge::Report r = grade("probe.cpp", probe);
  EXPECT_EQ(r.verdict, Verdict::AC) << r.message << r.compile.log;
  // Kept: /sol/data.txt alone.
  write_problem(", \"grader/data.txt\"]\nkeep = [\"data.txt\"");
  std::ofstream(dir_ / "tests/1.ans") << "100\n";
  r = grade("probe.cpp", probe);
  EXPECT_EQ(r.verdict, Verdict::AC) << r.message << r.compile.log;
}

TEST_F(GraderFiles, AChangedGraderFileRecompiles) {
  judge::Report r = grade("mine.cpp", kSumCpp);
  EXPECT_EQ(r.verdict, Verdict::AC) << r.message << r.compile.log;
  EXPECT_FALSE(r.compile.cached);
  r = grade("mine.cpp", kSumCpp);
  EXPECT_TRUE(r.compile.cached) << "nothing changed";
  // The header only: the submission's source is the same, its program is not.
  std::ofstream(dir_ / "grader/sum.h") << header(1);
  r = grade("mine.cpp", kSumCpp);
  EXPECT_FALSE(r.compile.cached);
  EXPECT_EQ(r.verdict, Verdict::WA) << "6 + 1";
  // Back to the first header: its entry is still there. Then the grader itself changes.
  std::ofstream(dir_ / "grader/sum.h") << header(0);
  r = grade("mine.cpp", kSumCpp);
  EXPECT_TRUE(r.compile.cached) << "back to the first header";
  std::ofstream(dir_ / "grader/grader.cpp") << std::string(kGraderCpp) + "// changed\n";
  r = grade("mine.cpp", kSumCpp);
  EXPECT_FALSE(r.compile.cached);
  EXPECT_EQ(r.verdict, Verdict::AC) << r.message;
}

TEST_F(GraderFiles, ALanguageWithoutAGraderIsCompileError) {
  judge::Report r = grade("mine.c", "long long total(void) { return 0; }\n");
  EXPECT_EQ(r.verdict, Verdict::CE);
  EXPECT_EQ(r.message, "this problem has a grader only for cpp, python3: it cannot be solved in c");
  EXPECT_TRUE(r.tests.empty());
}

// A language whose compile command names its source instead of {sources} cannot compile a grader:
// the judge's configuration is at fault, not the submission.
TEST_F(GraderFiles, ALanguageThatCannotTakeAGraderIsInternalError) {
  std::ofstream(dir_ / "old.toml") << "[cpp]\nextensions = [\".cpp\"]\nsource = \"main.cpp\"\n"
                                   << "compile = [\"g++\", \"-o\", \"main\", \"main.cpp\"]\n"
                                   << "artifacts = [\"main\"]\nrun = [\"/sol/main\"]\n";
  judge::Report r =
      grade("mine.cpp", kSumCpp,
            judge::Languages::load({judge::Languages::default_file(), dir_ / "old.toml"}));
  EXPECT_EQ(r.verdict, Verdict::IE);
  EXPECT_NE(r.message.find("has no {sources}"), std::string::npos) << r.message;
}

}  // namespace
