#include "judge/test_pool.h"

#include <algorithm>
#include <future>
#include <thread>

#include "base/cpus.h"
#include "judge/ahead_thread.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

void remove_files(const TestRun& run) {
  std::error_code ec;
  fs::remove(run.output_file, ec);
  fs::remove_all(run.feedback_dir, ec);
}

// One test, its files removed once checked: the output's disk space goes back now, not when the
// whole submission is done. `started`: its box made ahead, or none (made now).
TestReport run_one(sandbox::Sandbox& sandbox, const TestRun& run, const TestCase& test,
                   StartedTestPtr started) {
  TestReport report;
  try {
    if (run.checker) fs::create_directory(run.feedback_dir);
    report = started ? finish_test(sandbox, std::move(started)) : run_test(sandbox, run, test);
  } catch (const std::exception& e) {
    // Out of memory reading an output, say: this test's fault of the judge, not the others'.
    report.name = test.name;
    report.verdict = Verdict::IE;
    report.message = std::string("internal error: ") + e.what();
  }
  remove_files(run);
  return report;
}

// The test's box made now, for later; none when that failed (the test then runs as any other).
StartedTestPtr start_ahead(sandbox::Sandbox& sandbox, const TestRun& run, const TestCase& test) {
  try {
    return start_test(sandbox, run, test);
  } catch (const std::exception&) {
    remove_files(run);
    return nullptr;
  }
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
  // One job, unpinned, and a CPU it does not use: the next test's box is made there while a test
  // runs. Each box is still made for its test alone (docs/security.md, "Every test starts fresh").
  const bool ahead = jobs_ == 1 && cpus_.size() > 1 && can_start_ahead(run);
  auto files_of = [&](std::size_t t) {
    TestRun r = run;
    r.output_file = setup_.out_dir / (std::to_string(t) + ".out");
    r.feedback_dir = setup_.out_dir / (std::to_string(t) + ".feedback");
    return r;
  };
  std::optional<AheadThread> maker;  // before the boxes it makes: it must outlive them
  if (ahead) maker.emplace();
  std::optional<std::size_t> t = take(tests);
  StartedTestPtr started;  // t's box, made while the test before it ran
  while (t) {
    TestRun this_run = files_of(*t);
    std::optional<std::size_t> next = ahead ? take(tests) : std::nullopt;
    // The next box is made on another thread, so that the judge's part of it (the clone, the id
    // maps) overlaps this test too, not only its init's part.
    std::future<StartedTestPtr> next_started;
    if (next)
      next_started =
          maker->post<StartedTestPtr>([this, r = files_of(*next), &c = problem.tests[*next]] {
            return start_ahead(sandbox_, r, c);
          });
    TestReport report = run_one(sandbox_, this_run, problem.tests[*t], std::move(started));
    if (!problem.groups.empty()) check_checker_score(report);
    {
      std::lock_guard lock(mutex_);
      if (options_.fail_fast && report.verdict != Verdict::AC) failed_fast_ = true;
      if (decides && decides(report)) batch_done_ = true;
      results_[*t] = std::move(report);
      flush_locked();
    }
    if (!ahead) {
      t = take(tests);
      continue;
    }
    t = next;
    if (next) started = next_started.get();
    if (t && !may_start()) {
      // Taken ahead, but no test may start now: its box goes unrun, as if never taken.
      started.reset();
      remove_files(files_of(*t));
      return;
    }
  }
}

std::optional<std::size_t> TestPool::take(const std::vector<std::size_t>& tests) {
  std::lock_guard lock(mutex_);
  if (failed_fast_ || batch_done_ || next_ >= tests.size()) return std::nullopt;
  if (!may_start_locked()) return std::nullopt;
  return tests[next_++];
}

bool TestPool::may_start_locked() {
  if (failed_fast_ || batch_done_) return false;
  if (options_.cancel && options_.cancel->load()) {
    cancelled_ = true;
    return false;
  }
  return true;
}

bool TestPool::may_start() {
  std::lock_guard lock(mutex_);
  return may_start_locked();
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
