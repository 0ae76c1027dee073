// One long-lived thread that runs tasks in turn, for the boxes a TestPool makes ahead. One thread
// and not a thread per box: a box's init dies with the thread that cloned it (PR_SET_PDEATHSIG
// follows the parent *thread*), so the thread must outlive every box it made.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

namespace judge {

class AheadThread {
 public:
  AheadThread();
  // Runs the tasks already posted, then joins.
  ~AheadThread();
  AheadThread(const AheadThread&) = delete;
  AheadThread& operator=(const AheadThread&) = delete;

  // Runs `task` on the thread after those posted before it.
  template <typename Result>
  std::future<Result> post(std::function<Result()> task) {
    auto packaged = std::make_shared<std::packaged_task<Result()>>(std::move(task));
    std::future<Result> result = packaged->get_future();
    enqueue([packaged] { (*packaged)(); });
    return result;
  }

 private:
  void enqueue(std::function<void()> task);
  void work();

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::function<void()>> tasks_;
  bool stopping_ = false;
  std::thread thread_;  // last: starts once everything above exists
};

}  // namespace judge
