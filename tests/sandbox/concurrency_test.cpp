// Boxes started at the same time from several threads of one judge (`--jobs`, batch workers):
// each box's init is cloned while the other boxes' pipes are open in the judge, and must not
// keep them.
#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

#include "tests/support/box.h"

namespace {

// A box cloned while another box's exec pipe was open in the judge held its write end until its
// init closed what it inherited; when that init waited for a CPU for longer than the other box's
// whole run, the other box's end of exec came after its init's exit, and a program that ran and
// exited 0 was reported as "the box ended before its program started" (IE). Spinning threads
// keep every CPU busy, so that new inits often wait: the window is what this test widens.
TEST(Concurrency, BoxesStartedAtOnceFromThreadsAllRunTheirProgram) {
  constexpr int kThreads = 3, kRunsEach = 100;
  std::atomic<bool> done{false};
  std::vector<std::thread> spinners;
  for (unsigned i = 0; i < std::max(2u, std::thread::hardware_concurrency()); ++i)
    spinners.emplace_back([&] {
      while (!done) {
      }
    });
  std::mutex mutex;
  int failed = 0;
  std::string first_failure;
  std::vector<std::thread> workers;
  for (int t = 0; t < kThreads; ++t)
    workers.emplace_back([&] {
      for (int i = 0; i < kRunsEach; ++i) {
        sandbox::RunResult r = test::shared_sandbox().run(test::command({"/bin/true"}));
        if (r.status == sandbox::Status::OK && r.exit_code == 0) continue;
        std::lock_guard lock(mutex);
        if (failed++ == 0) first_failure = r.message;
      }
    });
  for (auto& w : workers) w.join();
  done = true;
  for (auto& s : spinners) s.join();
  EXPECT_EQ(failed, 0) << "of " << kThreads * kRunsEach << " runs; the first: " << first_failure;
}

}  // namespace
