// Box cgroups made ahead of their runs and removed behind them by one background thread, so that
// neither the mkdirs nor the rmdirs of a box's cgroup are on the critical path of its run.
// Nothing is reused: each cgroup is given to exactly one run, and one that no process ever entered
// has zero counters (CPU, peak memory, pids, events). See docs/security.md, "Cgroups made ahead".
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "sandbox/cgroup.h"

namespace sandbox {

class CgroupPool {
 public:
  // Names a new box cgroup (the same naming as a cgroup made inline, so that the sweep of a dead
  // judge's cgroups finds the pool's too). Called on the pool's thread.
  using Namer = std::function<std::string()>;

  // Starts the thread, which makes `ahead` cgroups at once. `backend` must outlive the pool.
  CgroupPool(CgroupBackend& backend, unsigned ahead, Namer next_name);
  // Stops the thread and removes every cgroup the pool holds, ready or used.
  ~CgroupPool();
  CgroupPool(const CgroupPool&) = delete;
  CgroupPool& operator=(const CgroupPool&) = delete;

  // A cgroup no process ever entered, with `limits` written, taken out of the pool for good; or
  // nullptr when the limits need a hierarchy the pool's cgroups have not joined, or when none is
  // ready nor being made (the caller then makes one inline). Waits for one being made. Throws
  // SandboxError when the limits cannot be written (the cgroup is then removed, never pooled).
  std::unique_ptr<BoxCgroup> take(const Limits& limits);

  // The cgroup of a finished run, its processes killed and its accounting read: removed on the
  // thread. With many removals waiting (a host too slow to keep up), removed here.
  void remove_behind(std::unique_ptr<BoxCgroup> used);

 private:
  void work();
  void make_one();
  bool wants_one() const;  // with mutex_ held

  CgroupBackend& backend_;
  const unsigned ahead_;
  const Namer next_name_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::unique_ptr<BoxCgroup>> ready_;
  std::vector<std::unique_ptr<BoxCgroup>> used_;
  unsigned making_ = 0;
  unsigned made_ = 0;       // cgroups made so far
  bool ran_short_ = false;  // a run found none ready: more runs follow (see wants_one)
  bool started_ = false;    // the thread has had its first look
  bool failed_ = false;     // the last make failed: not again until a run takes
  bool stopping_ = false;
  std::thread thread_;  // last: starts once everything above exists
};

}  // namespace sandbox
