// Runs tests in fresh boxes, `jobs` at a time (each pinned to its own CPU), keeping every report
// in its test's slot and passing them to on_test in test order as soon as a prefix is final. With
// one job and a CPU to spare, the next test's box is made (Sandbox::prepare) while a test runs.
// Called once with every test (problems without groups), or once per group (group_grading.h).
#pragma once

#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

#include "judge/grader.h"
#include "judge/run_test.h"
#include "judge/scoring.h"

namespace judge {

struct TestPoolSetup {
  const Problem& problem;
  const Language& language;
  std::filesystem::path layer;    // the compiled submission
  std::filesystem::path out_dir;  // the judge's copies of outputs and feedback, per test
  const PreparedChecker* checker = nullptr;
  const PreparedChecker* interactor = nullptr;  // interactive problems
};

class TestPool {
 public:
  TestPool(sandbox::Sandbox& sandbox, TestPoolSetup setup, const GradeOptions& options);

  // Runs `tests` (indices) until done, or until `decides` holds for a finished one (no further
  // test of these starts), or --fail-fast saw a failure (then no test starts ever again).
  void run(const std::vector<std::size_t>& tests,
           const std::function<bool(const TestReport&)>& decides = nullptr);
  // Passes the final prefix of the results to on_test; for results filled in by the caller.
  void flush();

  TestResults& results() { return results_; }
  // Whether GradeOptions::cancel kept a test from starting.
  bool cancelled() const { return cancelled_; }

 private:
  void work(const std::vector<std::size_t>& tests, unsigned worker,
            const std::function<bool(const TestReport&)>& decides);
  void flush_locked();
  // The next of `tests` to start, or none: all taken, or no test may start (may_start_locked).
  std::optional<std::size_t> take(const std::vector<std::size_t>& tests);
  // Whether a test taken may still start (--fail-fast, `decides`, GradeOptions::cancel).
  bool may_start_locked();
  bool may_start();

  sandbox::Sandbox& sandbox_;
  TestPoolSetup setup_;
  const GradeOptions& options_;
  std::vector<int> cpus_;
  TestResults results_;
  std::mutex mutex_;
  std::size_t reported_ = 0;
  bool failed_fast_ = false;  // under mutex_
  bool cancelled_ = false;    // under mutex_
  // Shared by the workers of one run(): the next of its tests to start, and whether to stop.
  std::size_t next_ = 0;
  bool batch_done_ = false;
  unsigned jobs_ = 1;
};

}  // namespace judge
