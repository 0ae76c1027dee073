// Scores of groups, and which tests a grading with groups runs or skips: the logic alone, with a
// fake runner instead of boxes (group_grading.h, scoring.h).
#include "judge/scoring.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "judge/group_grading.h"
#include "judge/report.h"

namespace {

using judge::GroupScoring;
using judge::TestGroup;
using judge::TestReport;
using judge::Verdict;

// What a test "gets" when run: a verdict and, optionally, a checker score.
struct Outcome {
  Verdict verdict = Verdict::AC;
  std::optional<double> score;
};

// Tests named t0, t1, ...; the runner gives each its outcome (AC by default) and records the
// order in which tests ran.
class Grading : public ::testing::Test {
 protected:
  void tests(std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) cases_.push_back({"t" + std::to_string(i), {}, {}});
  }
  judge::GroupGrading grade(const std::vector<TestGroup>& groups) {
    results_.assign(cases_.size(), std::nullopt);
    auto run = [this](const std::vector<std::size_t>& tests,
                      const std::function<bool(const TestReport&)>& decides) {
      for (std::size_t t : tests) {
        TestReport r;
        r.name = cases_[t].name;
        r.verdict = outcomes_[t].verdict;
        r.score = outcomes_[t].score;
        ran_.push_back(t);
        results_[t] = r;
        if (decides && decides(r)) return;
      }
    };
    return judge::grade_groups(groups, cases_, results_, run, [this] { ++settled_; });
  }
  Verdict verdict(std::size_t t) const { return results_[t]->verdict; }

  std::vector<judge::TestCase> cases_;
  std::map<std::size_t, Outcome> outcomes_;
  judge::TestResults results_;
  std::vector<std::size_t> ran_;
  int settled_ = 0;
};

TestGroup group(const std::string& name, double points, GroupScoring scoring,
                std::vector<std::size_t> tests, std::vector<std::size_t> depends_on = {}) {
  return {name, points, scoring, std::move(tests), std::move(depends_on)};
}

TEST_F(Grading, MinIsTheLowestTestTimesThePoints) {
  tests(3);
  outcomes_[1] = {Verdict::AC, 0.25};
  outcomes_[2] = {Verdict::AC, 0.5};
  auto g = grade({group("a", 40, GroupScoring::Min, {0, 1, 2})});
  ASSERT_EQ(g.groups.size(), 1u);
  EXPECT_DOUBLE_EQ(g.groups[0].score, 10);
  EXPECT_DOUBLE_EQ(g.groups[0].max_score, 40);
  EXPECT_EQ(g.groups[0].verdict, Verdict::AC) << "partial scores are still AC";
  EXPECT_DOUBLE_EQ(g.score, 10);
  EXPECT_DOUBLE_EQ(g.max_score, 40);
  EXPECT_EQ(ran_, (std::vector<std::size_t>{0, 1, 2})) << "a partial score does not settle min";
  EXPECT_EQ(g.groups[0].tests, (std::vector<std::string>{"t0", "t1", "t2"}));
}

TEST_F(Grading, MinSkipsTheRestAfterAFailure) {
  tests(4);
  outcomes_[1] = {Verdict::WA};
  auto g = grade({group("a", 40, GroupScoring::Min, {0, 1, 2, 3})});
  EXPECT_DOUBLE_EQ(g.score, 0);
  EXPECT_EQ(g.groups[0].verdict, Verdict::WA);
  EXPECT_EQ(g.groups[0].message, "test t1");
  EXPECT_EQ(ran_, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(verdict(2), Verdict::SKIPPED);
  EXPECT_EQ(verdict(3), Verdict::SKIPPED);
  EXPECT_EQ(results_[3]->name, "t3");
}

TEST_F(Grading, MinStopsAtAScoreOfZeroToo) {
  tests(3);
  outcomes_[0] = {Verdict::AC, 0.0};
  auto g = grade({group("a", 40, GroupScoring::Min, {0, 1, 2})});
  EXPECT_EQ(ran_, (std::vector<std::size_t>{0}));
  EXPECT_DOUBLE_EQ(g.score, 0);
}

TEST_F(Grading, SumSplitsThePointsAndRunsEverything) {
  tests(3);
  outcomes_[0] = {Verdict::TLE};
  outcomes_[2] = {Verdict::AC, 0.5};
  auto g = grade({group("a", 30, GroupScoring::Sum, {0, 1, 2})});
  EXPECT_DOUBLE_EQ(g.score, 15) << "0 + 10 + 5";
  EXPECT_EQ(g.groups[0].verdict, Verdict::TLE);
  EXPECT_EQ(ran_, (std::vector<std::size_t>{0, 1, 2}));
}

TEST_F(Grading, PassFailIsAllOrNothing) {
  tests(3);
  auto full = grade({group("a", 25, GroupScoring::PassFail, {0, 1, 2})});
  EXPECT_DOUBLE_EQ(full.score, 25);
  EXPECT_EQ(full.groups[0].verdict, Verdict::AC);
  ran_.clear();
  outcomes_[1] = {Verdict::AC, 0.99};  // not in full: the group fails
  auto partial = grade({group("a", 25, GroupScoring::PassFail, {0, 1, 2})});
  EXPECT_DOUBLE_EQ(partial.score, 0);
  EXPECT_EQ(ran_, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(verdict(2), Verdict::SKIPPED);
}

TEST_F(Grading, AGroupWhoseDependencyFailedIsSkipped) {
  tests(4);
  outcomes_[1] = {Verdict::RE};
  auto g = grade({group("small", 30, GroupScoring::Min, {0, 1}),
                  group("big", 70, GroupScoring::Min, {2, 3}, {0})});
  EXPECT_EQ(g.groups[1].verdict, Verdict::SKIPPED);
  EXPECT_EQ(g.groups[1].message, "group small did not pass in full");
  EXPECT_DOUBLE_EQ(g.groups[1].score, 0);
  EXPECT_DOUBLE_EQ(g.groups[1].max_score, 70);
  EXPECT_EQ(ran_, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(verdict(2), Verdict::SKIPPED);
  EXPECT_EQ(verdict(3), Verdict::SKIPPED);
  EXPECT_DOUBLE_EQ(g.max_score, 100);
}

TEST_F(Grading, APartialDependencyIsNotFull) {
  tests(2);
  outcomes_[0] = {Verdict::AC, 0.5};
  auto g =
      grade({group("a", 10, GroupScoring::Sum, {0}), group("b", 10, GroupScoring::Min, {1}, {0})});
  EXPECT_DOUBLE_EQ(g.groups[0].score, 5);
  EXPECT_EQ(g.groups[1].verdict, Verdict::SKIPPED);
  EXPECT_DOUBLE_EQ(g.score, 5);
}

// Samples are worth 0: a group that depends on them needs them to pass, not just to score 0 of 0.
TEST_F(Grading, AFailedSampleGroupFailsItsDependents) {
  tests(2);
  outcomes_[0] = {Verdict::WA};
  auto g = grade({group("samples", 0, GroupScoring::Min, {0}),
                  group("all", 100, GroupScoring::Min, {1}, {0})});
  EXPECT_EQ(g.groups[1].verdict, Verdict::SKIPPED);
  EXPECT_DOUBLE_EQ(g.score, 0);
}

TEST_F(Grading, ASharedTestRunsOnce) {
  tests(3);
  auto g = grade({group("one", 20, GroupScoring::Min, {0, 1}),
                  group("two", 80, GroupScoring::Min, {0, 1, 2}, {0})});
  EXPECT_EQ(ran_, (std::vector<std::size_t>{0, 1, 2}));
  EXPECT_DOUBLE_EQ(g.score, 100);
  EXPECT_EQ(g.groups[1].verdict, Verdict::AC);
  EXPECT_EQ(settled_, 2) << "once after each group";
}

// Group one stops at its failure, but group two (independent) still needs test 2, which runs
// then; test 3, in group one only, never does.
TEST_F(Grading, ASkippedTestRunsWhenAnotherGroupNeedsIt) {
  tests(4);
  outcomes_[1] = {Verdict::WA};
  auto g = grade({group("one", 50, GroupScoring::Min, {0, 1, 2, 3}),
                  group("two", 50, GroupScoring::Sum, {2})});
  EXPECT_EQ(ran_, (std::vector<std::size_t>{0, 1, 2}));
  EXPECT_EQ(verdict(2), Verdict::AC);
  EXPECT_EQ(verdict(3), Verdict::SKIPPED);
  EXPECT_DOUBLE_EQ(g.groups[0].score, 0);
  EXPECT_DOUBLE_EQ(g.groups[1].score, 50);
}

// A shared test that already failed settles a later min group: nothing of it runs.
TEST_F(Grading, AnEarlierFailureSettlesALaterGroup) {
  tests(3);
  outcomes_[0] = {Verdict::WA};
  auto g = grade(
      {group("one", 0, GroupScoring::Sum, {0}), group("two", 50, GroupScoring::Min, {0, 1, 2})});
  EXPECT_EQ(ran_, (std::vector<std::size_t>{0}));
  EXPECT_EQ(g.groups[1].verdict, Verdict::WA);
  EXPECT_EQ(verdict(1), Verdict::SKIPPED);
}

TEST_F(Grading, IeWinsTheGroupVerdict) {
  tests(3);
  outcomes_[0] = {Verdict::WA};
  outcomes_[2] = {Verdict::IE};
  auto g = grade({group("a", 10, GroupScoring::Sum, {0, 1, 2})});
  EXPECT_EQ(g.groups[0].verdict, Verdict::IE);
  EXPECT_EQ(g.groups[0].message, "test t2");
}

TEST(Scoring, TestFractions) {
  TestReport t;
  t.verdict = Verdict::AC;
  EXPECT_EQ(judge::test_fraction(t), 1);
  t.score = 0.3;
  EXPECT_EQ(judge::test_fraction(t), 0.3);
  t.verdict = Verdict::WA;
  EXPECT_EQ(judge::test_fraction(t), 0);
  t.verdict = Verdict::SKIPPED;
  EXPECT_EQ(judge::test_fraction(t), 0);
}

TEST(Scoring, ACheckerScoreOutsideZeroToOneIsIe) {
  TestReport t;
  t.verdict = Verdict::AC;
  t.score = 1.0;
  judge::check_checker_score(t);
  EXPECT_EQ(t.verdict, Verdict::AC);
  t.score = 0.0;
  judge::check_checker_score(t);
  EXPECT_EQ(t.verdict, Verdict::AC);
  t.score = 40;
  t.message = "ok";
  judge::check_checker_score(t);
  EXPECT_EQ(t.verdict, Verdict::IE);
  EXPECT_EQ(t.message,
            "checker score 40 is outside [0, 1] (with groups, a score is the fraction of the "
            "test's points); ok");
  TestReport nan;
  nan.verdict = Verdict::AC;
  nan.score = std::nan("");
  judge::check_checker_score(nan);
  EXPECT_EQ(nan.verdict, Verdict::IE);
}

}  // namespace

// The report of a graded problem with groups, without a box: fractional scores in the table
// (two decimals at most) and in JSON (as they are).
TEST(GroupReport, TableAndJson) {
  judge::Report r;
  r.verdict = Verdict::WA;
  r.message = "test t1";
  r.score = 100.0 / 3;
  r.max_score = 50;
  r.groups.push_back({"g", 100.0 / 3, 50, Verdict::WA, {"t0", "t1"}, "test t1"});
  std::string footer = judge::table_footer(r, {});
  EXPECT_NE(footer.find("\ng           WA             33.33 / 50      2  test t1\n"),
            std::string::npos)
      << footer;
  EXPECT_NE(footer.find("\nscore: 33.33 / 50\n"), std::string::npos) << footer;
  auto j = judge::report_json(r);
  EXPECT_DOUBLE_EQ(j["score"].get<double>(), 100.0 / 3);
  EXPECT_EQ(j["groups"][0]["tests"], nlohmann::json::parse(R"(["t0", "t1"])"));
  EXPECT_EQ(judge::table_row(judge::skipped_test("t9"), {}), "t9      SKIPPED  \n");
}

// Messages and warnings quote what a submission, a checker or an interactor wrote, and file names
// a submission chose: the table must not pass their escape sequences to the terminal.
TEST(Report, TableRowsAndFooterCarryNoTerminalEscapes) {
  judge::TestReport test;
  test.name = "1";
  test.verdict = judge::Verdict::WA;
  test.message = "found '\x1b]0;owned\x07'";
  EXPECT_EQ(judge::table_row(test, {}).find('\x1b'), std::string::npos);
  judge::Report report;
  report.verdict = judge::Verdict::WA;
  report.message = "\x1b[2J";
  report.warnings = {"extra file output_\x1b[31m.txt"};
  std::string footer = judge::table_footer(report, {});
  EXPECT_EQ(footer.find('\x1b'), std::string::npos) << footer;
  EXPECT_NE(footer.find("warning: extra file output_?[31m.txt"), std::string::npos) << footer;
}
