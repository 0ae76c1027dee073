// Every shipped example submission gets the verdict of the folder it is in, and in a problem with
// groups the exact score its source states (`@EXPECTED_SCORE@: 40`, as in DOMjudge).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "judge/grader.h"
#include "judge/problem.h"
#include "tests/support/box.h"

namespace {

namespace fs = std::filesystem;

const std::map<std::string, judge::Verdict> kFolders{{"accepted", judge::Verdict::AC},
                                                     {"wrong_answer", judge::Verdict::WA},
                                                     {"time_limit_exceeded", judge::Verdict::TLE},
                                                     {"memory_limit_exceeded", judge::Verdict::MLE},
                                                     {"run_time_error", judge::Verdict::RE},
                                                     {"output_limit_exceeded", judge::Verdict::OLE},
                                                     {"compile_error", judge::Verdict::CE}};

struct Example {
  fs::path problem, submission;
  judge::Verdict expected;
};

std::vector<Example> examples() {
  std::vector<Example> out;
  for (const auto& problem : fs::directory_iterator(fs::path(JUDGE_SOURCE_DIR) / "problems")) {
    if (!fs::exists(problem.path() / "problem.toml")) continue;
    for (const auto& [folder, verdict] : kFolders) {
      fs::path dir = problem.path() / "submissions" / folder;
      if (!fs::is_directory(dir)) continue;
      for (const auto& file : fs::directory_iterator(dir))
        out.push_back({problem.path() / "problem.toml", file.path(), verdict});
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Example& a, const Example& b) { return a.submission < b.submission; });
  return out;
}

// The number after "@EXPECTED_SCORE@:" in the file, if it has one.
std::optional<double> expected_score(const fs::path& file) {
  std::ifstream in(file);
  std::string line;
  const std::string marker = "@EXPECTED_SCORE@:";
  while (std::getline(in, line))
    if (auto at = line.find(marker); at != std::string::npos)
      return std::stod(line.substr(at + marker.size()));
  return std::nullopt;
}

void PrintTo(const Example& e, std::ostream* os) {
  *os << e.submission.lexically_relative(JUDGE_SOURCE_DIR).string();
}

std::string test_name(const ::testing::TestParamInfo<Example>& info) {
  std::string name = info.param.problem.parent_path().filename().string() + "_" +
                     info.param.submission.parent_path().filename().string() + "_" +
                     info.param.submission.filename().string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

class ExampleSubmission : public ::testing::TestWithParam<Example> {};

TEST_P(ExampleSubmission, GetsTheVerdictOfItsFolder) {
  const Example& e = GetParam();
  auto languages = judge::Languages::load({judge::Languages::default_file()});
  // A cache shared by the runs of this build: compiled once, then reused.
  judge::Grader grader(test::shared_sandbox(), languages,
                       fs::path(TEST_BUILD_DIR) / "example-cache");
  judge::Problem problem = judge::load_problem(e.problem);
  judge::Report report = grader.grade(problem, e.submission, {});
  EXPECT_EQ(judge::to_string(report.verdict), judge::to_string(e.expected))
      << e.submission << ": " << report.message << "\n"
      << report.compile.log;
  auto score = expected_score(e.submission);
  // An output-only problem's directory of outputs states no score: accepted, it scores in full.
  if (!score && fs::is_directory(e.submission) && e.expected == judge::Verdict::AC)
    score = report.max_score;
  if (problem.groups.empty()) {
    EXPECT_FALSE(score) << e.submission << " states a score, but the problem has no groups";
    return;
  }
  ASSERT_TRUE(score) << e.submission << " does not state its @EXPECTED_SCORE@";
  EXPECT_DOUBLE_EQ(report.score, *score) << e.submission;
  EXPECT_EQ(report.groups.size(), problem.groups.size());
}

INSTANTIATE_TEST_SUITE_P(Problems, ExampleSubmission, ::testing::ValuesIn(examples()), test_name);

TEST(Examples, EveryProblemHasEveryFolderWithCppAndPythonInSome) {
  for (const auto& problem : fs::directory_iterator(fs::path(JUDGE_SOURCE_DIR) / "problems")) {
    if (!fs::exists(problem.path() / "problem.toml")) continue;
    // Output-only: the submissions are outputs, not programs (no CE, TLE, ... to earn).
    if (judge::load_problem(problem.path() / "problem.toml").output_only) continue;
    int python = 0;
    for (const auto& [folder, verdict] : kFolders) {
      fs::path dir = problem.path() / "submissions" / folder;
      bool cpp = false;
      for (const auto& file : fs::directory_iterator(dir)) {
        cpp = cpp || file.path().extension() == ".cpp";
        python += file.path().extension() == ".py";
      }
      EXPECT_TRUE(cpp) << dir << " has no C++ submission";
    }
    EXPECT_GE(python, 1) << problem.path() << " has no Python submission";
  }
}

}  // namespace
