// Scores of tests and groups (docs/problem-format.md, "Groups and scores"): pure functions of
// the test reports, no boxes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "judge/problem.h"
#include "judge/verdict.h"

namespace judge {

// One slot per test of the problem, in test order; empty while (or when) the test did not run.
using TestResults = std::vector<std::optional<TestReport>>;

// A test's share of its points: 0 unless AC; an AC is worth its checker score when the checker
// gave one, else 1.
double test_fraction(const TestReport& test);

// With groups, a checker score is a fraction in [0, 1]: anything else (or NaN) makes the test IE,
// the problem's checker being at fault, not the submission.
void check_checker_score(TestReport& test);

// Whether `test` settles its group's score, so that the group's other tests need not run: a
// fraction of 0 for min, anything short of 1 for pass-fail; never for sum.
bool decides_group(GroupScoring scoring, const TestReport& test);

// The group's score and verdict from the results of its tests; a test without a result (or
// SKIPPED) counts 0.
GroupReport score_group(const TestGroup& group, const std::vector<TestCase>& tests,
                        const TestResults& results);
// A group not graded because `dependency` did not get full points: score 0.
GroupReport skipped_group(const TestGroup& group, const std::vector<TestCase>& tests,
                          const std::string& dependency);
// Whether a graded group passed in full: every test AC with a fraction of 1. A group worth 0
// points (samples) passes only so, not by scoring 0 of 0.
bool passed_in_full(const TestGroup& group, const TestResults& results);

TestReport skipped_test(const std::string& name);

}  // namespace judge
