#include "sandbox/cgroup_pool.h"

#include <pthread.h>
#include <signal.h>

#include <algorithm>

namespace sandbox {
namespace {

// Removals waiting beyond this are done by the run that hands one over: the pool never holds an
// unbounded number of dead cgroups.
constexpr std::size_t kMaxWaitingRemovals = 64;

// Each ready cgroup holds fds of the judge (9 on v1): `--jobs 1000` must not run the judge out of
// them. As many as NetnsPool keeps.
constexpr unsigned kMaxAhead = 16;

}  // namespace

CgroupPool::CgroupPool(CgroupBackend& backend, unsigned ahead, Namer next_name)
    : backend_(backend), ahead_(std::min(ahead, kMaxAhead)), next_name_(std::move(next_name)) {
  // The thread starts with every signal blocked, so that it never takes one meant for the process
  // (the CLI waits for its stop signals in a thread of its own, whatever it created before).
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &old);
  try {
    thread_ = std::thread([this] {
      pthread_setname_np(pthread_self(), "cgroup-pool");
      work();
    });
  } catch (...) {
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
    throw;
  }
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
}

CgroupPool::~CgroupPool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
  // Each cgroup's destructor kills what is in it (nothing, by now) and removes it.
  ready_.clear();
  used_.clear();
}

std::unique_ptr<BoxCgroup> CgroupPool::take(const Limits& limits) {
  if (!backend_.fits_ahead(limits)) return nullptr;
  std::unique_ptr<BoxCgroup> box;
  {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !ready_.empty() || (started_ && making_ == 0); });
    if (!ready_.empty()) {
      box = std::move(ready_.front());
      ready_.pop_front();
    } else {
      ran_short_ = true;
    }
    failed_ = false;  // a run wants one: worth another try
  }
  changed_.notify_all();  // one fewer ready: the thread makes the next
  // The run's limits, before its box exists. On a throw `box` is destroyed here: removed, since
  // a cgroup whose limits could not be written is not fit for any run.
  if (box) box->write_limits(limits);
  return box;
}

void CgroupPool::remove_behind(std::unique_ptr<BoxCgroup> used) {
  {
    std::lock_guard lock(mutex_);
    if (used_.size() < kMaxWaitingRemovals) used_.push_back(std::move(used));
  }
  changed_.notify_all();
  used.reset();  // still ours only when the queue was full
}

// The first `ahead_` at once; more only once a run found none ready (it made its own): a process
// that runs one box (the CLI's `judge sandbox`) would otherwise make, and remove, a cgroup it never
// uses. So in a long run of boxes only the first after the first `ahead_` makes its own.
bool CgroupPool::wants_one() const {
  return !failed_ && ready_.size() + making_ < ahead_ && (ran_short_ || made_ < ahead_);
}

// Making comes first (the next run may be waiting for it), removing after.
void CgroupPool::work() {
  std::unique_lock lock(mutex_);
  started_ = true;
  for (;;) {
    changed_.wait(lock, [&] { return stopping_ || wants_one() || !used_.empty(); });
    if (stopping_) return;
    if (wants_one()) {
      ++making_;
      ++made_;
      lock.unlock();
      make_one();
      lock.lock();
      continue;
    }
    std::unique_ptr<BoxCgroup> used = std::move(used_.back());
    used_.pop_back();
    lock.unlock();
    used.reset();  // the rmdirs, which may wait for the last task to be gone
    lock.lock();
  }
}

void CgroupPool::make_one() {
  std::unique_ptr<BoxCgroup> box;
  try {
    box = backend_.create_ahead(next_name_());
  } catch (...) {
    // The run that takes next makes its cgroup inline, and reports why that failed.
  }
  {
    std::lock_guard lock(mutex_);
    --making_;
    if (box)
      ready_.push_back(std::move(box));
    else
      failed_ = true;
  }
  changed_.notify_all();
}

}  // namespace sandbox
