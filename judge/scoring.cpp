#include "judge/scoring.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace judge {

double test_fraction(const TestReport& test) {
  if (test.verdict != Verdict::AC) return 0;
  return test.score.value_or(1.0);
}

void check_checker_score(TestReport& test) {
  if (!test.score || (*test.score >= 0 && *test.score <= 1)) return;
  std::ostringstream message;
  message << "checker score " << *test.score
          << " is outside [0, 1] (with groups, a score is the fraction of the test's points)";
  test.verdict = Verdict::IE;
  test.message = message.str() + (test.message.empty() ? "" : "; " + test.message);
}

bool decides_group(GroupScoring scoring, const TestReport& test) {
  switch (scoring) {
    case GroupScoring::Min: return test_fraction(test) == 0;
    case GroupScoring::PassFail: return test_fraction(test) < 1;
    case GroupScoring::Sum: return false;
  }
  return false;
}

namespace {

GroupReport named_report(const TestGroup& group, const std::vector<TestCase>& tests) {
  GroupReport report;
  report.name = group.name;
  report.max_score = group.points;
  for (std::size_t t : group.tests) report.tests.push_back(tests[t].name);
  return report;
}

bool ran(const TestResults& results, std::size_t t) {
  return results[t] && results[t]->verdict != Verdict::SKIPPED;
}

// The first test that is not AC, with IE winning; SKIPPED when none failed but some did not run.
void decide_group_verdict(GroupReport& report, const TestGroup& group,
                          const std::vector<TestCase>& tests, const TestResults& results) {
  report.verdict = Verdict::AC;
  std::size_t skipped = 0;
  for (std::size_t t : group.tests) {
    if (!ran(results, t)) {
      ++skipped;
      continue;
    }
    Verdict v = results[t]->verdict;
    if (v == Verdict::AC || report.verdict == Verdict::IE) continue;
    if (v == Verdict::IE || report.verdict == Verdict::AC) {
      report.verdict = v;
      report.message = "test " + tests[t].name;
    }
  }
  if (report.verdict == Verdict::AC && skipped > 0) {
    report.verdict = Verdict::SKIPPED;
    report.message = skipped == group.tests.size() ? "no test ran" : "not every test ran";
  }
}

}  // namespace

GroupReport score_group(const TestGroup& group, const std::vector<TestCase>& tests,
                        const TestResults& results) {
  GroupReport report = named_report(group, tests);
  double lowest = 1, sum = 0;
  for (std::size_t t : group.tests) {
    double f = ran(results, t) ? test_fraction(*results[t]) : 0;
    lowest = std::min(lowest, f);
    sum += f;
  }
  switch (group.scoring) {
    case GroupScoring::Min: report.score = group.points * lowest; break;
    case GroupScoring::Sum:
      report.score = group.points * sum / static_cast<double>(group.tests.size());
      break;
    case GroupScoring::PassFail: report.score = lowest == 1 ? group.points : 0; break;
  }
  decide_group_verdict(report, group, tests, results);
  return report;
}

GroupReport skipped_group(const TestGroup& group, const std::vector<TestCase>& tests,
                          const std::string& dependency) {
  GroupReport report = named_report(group, tests);
  report.verdict = Verdict::SKIPPED;
  report.message = "group " + dependency + " did not pass in full";
  return report;
}

bool passed_in_full(const TestGroup& group, const TestResults& results) {
  return std::all_of(group.tests.begin(), group.tests.end(), [&](std::size_t t) {
    return ran(results, t) && test_fraction(*results[t]) == 1;
  });
}

TestReport skipped_test(const std::string& name) {
  TestReport report;
  report.name = name;
  report.verdict = Verdict::SKIPPED;
  return report;
}

}  // namespace judge
