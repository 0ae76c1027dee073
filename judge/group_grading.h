// The order in which a problem with groups runs its tests, and what it skips: groups in file
// order, each running only its tests that have not run yet, stopping once its score is settled,
// and not at all when a dependency did not pass in full. A test shared by several groups runs
// once. Independent of boxes: the caller's RunTests runs the tests.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "judge/scoring.h"

namespace judge {

// Runs `tests` (indices, in order), storing each finished test's report in the results before
// it returns; once `decides` holds for a finished test, starts none of the rest.
using RunTests = std::function<void(const std::vector<std::size_t>& tests,
                                    const std::function<bool(const TestReport&)>& decides)>;

struct GroupGrading {
  std::vector<GroupReport> groups;
  double score = 0, max_score = 0;
};

// Grades `groups` over `results` (all empty at first). After each group, the tests that no later
// group contains and that did not run become SKIPPED, and `settled` is called (to report tests
// in order as soon as they are final). At the end every slot of `results` is filled.
GroupGrading grade_groups(const std::vector<TestGroup>& groups, const std::vector<TestCase>& tests,
                          TestResults& results, const RunTests& run,
                          const std::function<void()>& settled);

}  // namespace judge
