#include "judge/communication.h"

#include <algorithm>

#include "judge/communication_boxes.h"
#include "judge/communication_run.h"
#include "judge/communication_verdict.h"
#include "judge/errors.h"
#include "judge/interaction.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

BoxFigures figures(const sandbox::RunResult& r) {
  return {r.cpu_us, r.wall_us, r.memory_peak};
}

// The test's own figures are the copies': CPU time added up (as it is limited), the longest wall
// time, the largest memory. Each copy's and the manager's apart.
void record(const GroupRun& group, TestReport& t) {
  t.manager = figures(group.manager);
  t.cpu_us = t.wall_us = t.memory_bytes = 0;
  for (const sandbox::RunResult& c : group.copies) {
    t.copies.push_back(figures(c));
    t.cpu_us += c.cpu_us;
    t.wall_us = std::max(t.wall_us, c.wall_us);
    t.memory_bytes = std::max(t.memory_bytes, c.memory_peak);
  }
  // The exit of the first copy that did not end well, else of copy 0.
  auto it = std::find_if(group.copies.begin(), group.copies.end(), copy_failed);
  const sandbox::RunResult& shown = it != group.copies.end() ? *it : group.copies.front();
  t.exit_code = shown.exit_code;
  t.signal = shown.signal;
}

void play(sandbox::Sandbox& sandbox, const TestRun& run, const TestCase& test, TestReport& t) {
  const ManagerSpec& spec = *run.problem.manager;
  std::vector<sandbox::RunSpec> copies;
  for (unsigned i = 0; i < spec.processes; ++i) copies.push_back(copy_spec(run, i));
  const auto time_limit = *copies.front().limits.cpu_time;
  sandbox::RunSpec manager =
      manager_spec(*run.interactor, test.input, spec.processes, *copies.front().limits.wall_time);
  GroupRun group = run_group(sandbox, std::move(manager), std::move(copies), spec.io);
  record(group, t);
  CheckerVerdict v = decide_communication(group, time_limit);
  t.verdict = v.verdict;
  t.message = v.message;
  t.score = v.score;
}

}  // namespace

std::optional<PreparedChecker> prepare_manager(sandbox::Sandbox& sandbox, const Problem& problem,
                                               const Languages& languages, ArtifactCache& cache,
                                               const fs::path& work_root) {
  if (problem.manager)
    return prepare_checker(sandbox, problem.manager->program, languages, cache, work_root);
  return std::nullopt;
}

std::optional<PreparedChecker> prepare_partner(sandbox::Sandbox& sandbox, const Problem& problem,
                                               const Languages& languages, ArtifactCache& cache,
                                               const fs::path& work_root) {
  if (problem.manager) return prepare_manager(sandbox, problem, languages, cache, work_root);
  return prepare_interactor(sandbox, problem, languages, cache, work_root);
}

TestReport run_communication(sandbox::Sandbox& sandbox, const TestRun& run, const TestCase& test) {
  TestReport t;
  t.name = test.name;
  t.manager = BoxFigures{};
  try {
    if (!run.interactor->error.empty()) throw JudgeError("manager: " + run.interactor->error);
    play(sandbox, run, test, t);
  } catch (const std::exception& e) {
    t.verdict = Verdict::IE;
    t.message = std::string("communication test: ") + e.what();
  }
  return t;
}

}  // namespace judge
