// The example packages under problems/ (a Kattis package and a Polygon package): every submission
// gets the verdict its package gives it (Kattis: its submissions/ folder; Polygon: its solution
// tag in problem.xml) and the score its source states (`@EXPECTED_SCORE@: 40`).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <pugixml.hpp>

#include "judge/grader.h"
#include "judge/package/load_any.h"
#include "tests/support/box.h"

namespace {

namespace fs = std::filesystem;
using judge::Verdict;

const std::map<std::string, Verdict> kKattisFolders{{"accepted", Verdict::AC},
                                                    {"wrong_answer", Verdict::WA},
                                                    {"time_limit_exceeded", Verdict::TLE},
                                                    {"run_time_error", Verdict::RE}};
const std::map<std::string, Verdict> kPolygonTags{{"main", Verdict::AC},
                                                  {"accepted", Verdict::AC},
                                                  {"wrong-answer", Verdict::WA},
                                                  {"time-limit-exceeded", Verdict::TLE},
                                                  {"memory-limit-exceeded", Verdict::MLE}};

struct Example {
  fs::path problem, submission;
  Verdict expected;
};

void kattis_examples(const fs::path& problem, std::vector<Example>& out) {
  for (const auto& [folder, verdict] : kKattisFolders)
    if (fs::is_directory(problem / "submissions" / folder))
      for (const auto& file : fs::directory_iterator(problem / "submissions" / folder))
        out.push_back({problem, file.path(), verdict});
}

void polygon_examples(const fs::path& problem, std::vector<Example>& out) {
  pugi::xml_document doc;
  doc.load_file((problem / "problem.xml").c_str());
  for (pugi::xml_node s :
       doc.child("problem").child("assets").child("solutions").children("solution"))
    out.push_back({problem, problem / s.child("source").attribute("path").value(),
                   kPolygonTags.at(s.attribute("tag").value())});
}

std::vector<Example> examples() {
  std::vector<Example> out;
  for (const auto& entry : fs::directory_iterator(fs::path(JUDGE_SOURCE_DIR) / "problems")) {
    if (fs::exists(entry.path() / "problem.yaml")) kattis_examples(entry.path(), out);
    if (fs::exists(entry.path() / "problem.xml")) polygon_examples(entry.path(), out);
  }
  std::sort(out.begin(), out.end(),
            [](const Example& a, const Example& b) { return a.submission < b.submission; });
  return out;
}

std::optional<double> expected_score(const fs::path& file) {
  std::ifstream in(file);
  const std::string marker = "@EXPECTED_SCORE@:";
  for (std::string line; std::getline(in, line);)
    if (auto at = line.find(marker); at != std::string::npos)
      return std::stod(line.substr(at + marker.size()));
  return std::nullopt;
}

std::string test_name(const ::testing::TestParamInfo<Example>& info) {
  std::string name =
      info.param.problem.filename().string() + "_" + info.param.submission.filename().string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

class PackageExample : public ::testing::TestWithParam<Example> {};

TEST_P(PackageExample, GetsTheVerdictAndScoreItsPackageGivesIt) {
  const Example& e = GetParam();
  judge::Grader grader(test::shared_sandbox(),
                       judge::Languages::load({judge::Languages::default_file()}),
                       fs::path(TEST_BUILD_DIR) / "example-cache");
  judge::Problem problem = judge::load_problem_any(e.problem);
  judge::Report report = grader.grade(problem, e.submission, {});
  EXPECT_EQ(judge::to_string(report.verdict), judge::to_string(e.expected))
      << e.submission << ": " << report.message << "\n"
      << report.compile.log;
  // A scored problem's submissions state their score; a pass-fail problem's need not.
  auto score = expected_score(e.submission);
  ASSERT_TRUE(score || problem.groups.empty())
      << e.submission << " does not state its @EXPECTED_SCORE@";
  if (score) {
    EXPECT_DOUBLE_EQ(report.score, *score) << e.submission;
  }
  EXPECT_EQ(report.groups.size(), problem.groups.size());
}

INSTANTIATE_TEST_SUITE_P(Packages, PackageExample, ::testing::ValuesIn(examples()), test_name);

TEST(PackageExamples, AKattisAndAPolygonPackageAreShipped) {
  std::set<std::string> formats;
  for (const Example& e : examples()) formats.insert(judge::load_problem_any(e.problem).format);
  EXPECT_EQ(formats, (std::set<std::string>{"kattis-2025-09", "kattis-legacy", "polygon"}));
}

TEST(PackageExamples, TheInteractiveKattisPackagesAreReadAsInteractive) {
  judge::Problem guess =
      judge::load_problem_any(fs::path(JUDGE_SOURCE_DIR) / "problems/guess-kattis");
  ASSERT_TRUE(guess.interactor);
  EXPECT_EQ(guess.interactor->program.type, judge::CheckerType::Kattis);
  EXPECT_EQ(guess.interactor->passes, 1u);
  judge::Problem twopass =
      judge::load_problem_any(fs::path(JUDGE_SOURCE_DIR) / "problems/twopass-kattis");
  ASSERT_TRUE(twopass.interactor);
  EXPECT_EQ(twopass.interactor->passes, 2u);
}

}  // namespace
