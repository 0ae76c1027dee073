#include "judge/group_grading.h"

namespace judge {
namespace {

// The index of the last group each test is in: after that group, nothing will run it.
std::vector<std::size_t> last_groups(const std::vector<TestGroup>& groups, std::size_t tests) {
  std::vector<std::size_t> last(tests, 0);
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (std::size_t t : groups[g].tests) last[t] = g;
  return last;
}

// The first dependency of `group` that did not pass in full, or nullptr.
const TestGroup* failed_dependency(const TestGroup& group, const std::vector<TestGroup>& groups,
                                   const std::vector<bool>& passed) {
  for (std::size_t d : group.depends_on)
    if (!passed[d]) return &groups[d];
  return nullptr;
}

// Runs the group's tests that have not run, unless one that has already settles its score.
void run_group(const TestGroup& group, const TestResults& results, const RunTests& run) {
  std::vector<std::size_t> pending;
  for (std::size_t t : group.tests) {
    if (!results[t])
      pending.push_back(t);
    else if (decides_group(group.scoring, *results[t]))
      return;
  }
  if (pending.empty()) return;
  run(pending, [&group](const TestReport& t) { return decides_group(group.scoring, t); });
}

}  // namespace

GroupGrading grade_groups(const std::vector<TestGroup>& groups, const std::vector<TestCase>& tests,
                          TestResults& results, const RunTests& run,
                          const std::function<void()>& settled) {
  GroupGrading out;
  std::vector<std::size_t> last = last_groups(groups, tests.size());
  std::vector<bool> passed(groups.size(), false);
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const TestGroup& group = groups[g];
    if (const TestGroup* dependency = failed_dependency(group, groups, passed)) {
      out.groups.push_back(skipped_group(group, tests, dependency->name));
    } else {
      run_group(group, results, run);
      out.groups.push_back(score_group(group, tests, results));
      passed[g] = passed_in_full(group, results);
    }
    out.score += out.groups.back().score;
    out.max_score += group.points;
    for (std::size_t t : group.tests)
      if (last[t] == g && !results[t]) results[t] = skipped_test(tests[t].name);
    if (settled) settled();
  }
  return out;
}

}  // namespace judge
