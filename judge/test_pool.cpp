#include "judge/test_pool.h"

#include <algorithm>
#include <thread>

#include "base/cpus.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

// One test, its files removed once checked: the output's disk space goes back now, not when the
// whole submission is done.
TestReport run_one(sandbox::Sandbox& sandbox, const TestRun& run, const TestCase& test) {
  TestReport report;
  try {
    if (run.checker) fs::create_directory(run.feedback_dir);
    report = run_test(sandbox, run, test);
  } catch (const std::exception& e) {
    // Out of memory reading an output, say: this test's fault of the judge, not the others'.
    report.name = test.name;
    report.verdict = Verdict::IE;
    report.message = std::string("internal error: ") + e.what();
  }
  std::error_code ec;
  fs::remove(run.output_file, ec);
  fs::remove_all(run.feedback_dir, ec);
  return report;
}

}  // namespace

TestPool::TestPool(sandbox::Sandbox& sandbox, TestPoolSetup setup, const GradeOptions& options)
    : sandbox_(sandbox),
      setup_(std::move(setup)),
      options_(options),
      cpus_(base::allowed_cpus()),
      results_(setup_.problem.tests.size()) {}

void TestPool::run(const std::vector<std::size_t>& tests,
                   const std::function<bool(const TestReport&)>& decides) {
  {
    std::lock_guard lock(mutex_);
    if (failed_fast_ || cancelled_ || tests.empty()) return;
    next_ = 0;
    batch_done_ = false;
  }
  jobs_ = std::clamp<unsigned>(options_.jobs, 1,
                               static_cast<unsigned>(std::min(tests.size(), cpus_.size())));
  if (jobs_ == 1) {
    work(tests, 0, decides);
    return;
  }
  std::vector<std::thread> threads;
  for (unsigned j = 0; j < jobs_; ++j) threads.emplace_back([&, j] { work(tests, j, decides); });
  for (auto& t : threads) t.join();
}

void TestPool::work(const std::vector<std::size_t>& tests, unsigned worker,
                    const std::function<bool(const TestReport&)>& decides) {
  const Problem& problem = setup_.problem;
  TestRun run{problem, setup_.language, setup_.layer, {}, std::nullopt, setup_.checker, {}};
  run.interactor = setup_.interactor;
  // Without the cpuset controller the boxes share the CPUs unpinned (still one per CPU).
  if (jobs_ > 1 && sandbox_.host().can_pin)
    run.cpuset = std::to_string(cpus_[worker % cpus_.size()]);
  for (;;) {
    std::size_t t;
    {
      std::lock_guard lock(mutex_);
      if (failed_fast_ || batch_done_ || next_ >= tests.size()) return;
      if (options_.cancel && options_.cancel->load()) {
        cancelled_ = true;
        return;
      }
      t = tests[next_++];
    }
    run.output_file = setup_.out_dir / (std::to_string(t) + ".out");
    run.feedback_dir = setup_.out_dir / (std::to_string(t) + ".feedback");
    TestReport report = run_one(sandbox_, run, problem.tests[t]);
    if (!problem.groups.empty()) check_checker_score(report);
    std::lock_guard lock(mutex_);
    if (options_.fail_fast && report.verdict != Verdict::AC) failed_fast_ = true;
    if (decides && decides(report)) batch_done_ = true;
    results_[t] = std::move(report);
    flush_locked();
  }
}

void TestPool::flush() {
  std::lock_guard lock(mutex_);
  flush_locked();
}

void TestPool::flush_locked() {
  while (reported_ < results_.size() && results_[reported_]) {
    if (options_.on_test) options_.on_test(*results_[reported_]);
    ++reported_;
  }
}

}  // namespace judge
