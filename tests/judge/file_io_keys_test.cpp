// problem.toml's input_file, output_file and [grader.ID]: what loads, and the errors
// (file:line:column, naming the key) for what does not.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "judge/errors.h"
#include "judge/problem.h"
#include "tests/support/problem_files.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

class ProblemKeys : public ::testing::Test {
 protected:
  void SetUp() override {
    test::write_test_case(dir_, "1", "1\n", "1\n");
    fs::create_directories(dir_ / "grader");
    for (const char* name : {"grader.cpp", "sum.h", "grader.py"})
      std::ofstream(dir_ / "grader" / name) << "\n";
  }
  // `top` after the limits (line 4 on), `tables` after [tests].
  judge::Problem load(const std::string& top, const std::string& tables = "") {
    std::ofstream(dir_ / "problem.toml")
        << "name = \"p\"\ntime_limit = \"1s\"\nmemory_limit = \"64MiB\"\n"
        << top << "\n[tests]\ndir = \"tests\"\n"
        << tables;
    return judge::load_problem(dir_ / "problem.toml");
  }
  std::string error_of(const std::string& top, const std::string& tables = "") {
    try {
      load(top, tables);
    } catch (const judge::InputError& e) {
      return std::string(e.what()).substr((dir_ / "problem.toml").string().size());
    }
    return "";
  }

  test::TempDir temp_{"judge-problem-keys"};
  const fs::path& dir_ = temp_.path;
};

TEST_F(ProblemKeys, FileIoNames) {
  auto p = load("input_file = \"input.txt\"\noutput_file = \"output.txt\"");
  EXPECT_EQ(p.file_io.input_file, "input.txt");
  EXPECT_EQ(p.file_io.output_file, "output.txt");
  p = load("");
  EXPECT_EQ(p.file_io.input_file, "");
  EXPECT_EQ(p.file_io.output_file, "");
  p = load("output_file = \"a-b_c.OUT\"");
  EXPECT_EQ(p.file_io.output_file, "a-b_c.OUT");
}

TEST_F(ProblemKeys, FileIoNamesMustBePlain) {
  const std::vector<std::string> bad_names = {
      "../input.txt", "/etc/passwd",  "dir/input.txt",     "..", ".", ".hidden", "", "in put",
      "in\\nput",     "input.txt;rm", std::string(65, 'a')};
  for (const std::string& bad : bad_names) {
    std::string error = error_of("input_file = \"" + bad + "\"");
    EXPECT_EQ(error.substr(0, 7), ":4:14: ") << bad << ": " << error;
    EXPECT_NE(error.find("input_file"), std::string::npos) << error;
    EXPECT_NE(error.find("must be a plain file name"), std::string::npos) << error;
  }
  EXPECT_EQ(error_of("input_file = 3").substr(0, 7), ":4:14: ");
  std::string same = error_of("input_file = \"io.txt\"\noutput_file = \"io.txt\"");
  EXPECT_EQ(same.substr(0, 7), ":5:15: ") << same;
  EXPECT_NE(same.find("must differ from input_file"), std::string::npos) << same;
}

TEST_F(ProblemKeys, Graders) {
  auto p = load("",
                "[grader.cpp]\nfiles = [\"grader/grader.cpp\", \"grader/sum.h\"]\n"
                "submission_name = \"sum.cpp\"\n"
                "[grader.python3]\nfiles = [\"grader/grader.py\"]\nsubmission_name = \"sum.py\"\n"
                "main = \"grader.py\"\nkeep = [\"grader.py\"]\n");
  ASSERT_EQ(p.graders.size(), 2u);
  const judge::GraderFiles& cpp = p.graders.at("cpp");
  ASSERT_EQ(cpp.files.size(), 2u);
  EXPECT_EQ(cpp.files[1], dir_ / "grader/sum.h");
  EXPECT_EQ(cpp.submission_name, "sum.cpp");
  EXPECT_EQ(cpp.main, "");
  EXPECT_EQ(p.graders.at("python3").main, "grader.py");
  EXPECT_EQ(p.graders.at("python3").keep, std::vector<std::string>{"grader.py"});
  EXPECT_TRUE(load("").graders.empty());
}

TEST_F(ProblemKeys, GraderErrors) {
  // [grader.cpp] is line 7; its keys follow. An error points at the value.
  const std::string files = "[grader.cpp]\nfiles = [\"grader/grader.cpp\", \"grader/sum.h\"]\n";
  struct Case {
    std::string tables, at, says;
  } cases[] = {
      {"[grader.cpp]\nsubmission_name = \"sum.cpp\"\n", ":7:1: ", "needs files"},
      {"[grader.cpp]\nfiles = []\n", ":7:1: ", "needs files"},
      {"[grader.cpp]\nfiles = [\"grader/none.cpp\"]\n", ":8:9: ", "no such file"},
      {"[grader.cpp]\nfiles = [\"grader\"]\n", ":8:9: ", "no such file"},
      {"[grader.cpp]\nfiles = [\"grader/sum.h\", \"./grader/sum.h\"]\n",
       ":8:9: ", "two files named 'sum.h'"},
      {files + "submission_name = \"../sum.cpp\"\n", ":9:19: ", "must be a plain file name"},
      {files + "submission_name = \"sum.h\"\n", ":9:19: ", "also one of files"},
      {files + "main = \"other.cpp\"\n", ":9:8: ", "neither one of files"},
      {files + "keep = [\"sum.cpp\"]\n", ":9:8: ", "not one of files"},
      {files + "compile = [\"g++\"]\n", ":9:11: ", "unknown key"},
      {"[grader]\ncpp = 1\n", ":8:7: ", "expected a table"},
      {"[grader.\"c/pp\"]\nfiles = [\"grader/sum.h\"]\n", ":7:1: ", "not a language id"},
      {"[grader]\n", ":7:1: ", "names no language"},
  };
  for (const Case& c : cases) {
    std::string error = error_of("", c.tables);
    EXPECT_EQ(error.substr(0, c.at.size()), c.at) << c.tables << error;
    EXPECT_NE(error.find(c.says), std::string::npos) << c.tables << error;
  }
}

}  // namespace
