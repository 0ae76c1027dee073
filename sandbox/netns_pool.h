// Network namespaces made ahead of the boxes that use them. Making one costs the kernel about 1 ms
// of CPU (per-namespace sysctl tables, the loopback device); made by a thread of its own while the
// judge prepares a box, that millisecond leaves the box's critical path. Each namespace is given to
// exactly one box and never comes back: a used one would keep counters (/proc/net/dev, snmp),
// sockets in TIME_WAIT and the like that a later program could read.
#pragma once

#include <sys/types.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "base/fd.h"

namespace sandbox {

class NetnsPool {
 public:
  // Keeps up to `ahead` namespaces ready (at most kMaxAhead): `ahead` made at once, and the ones
  // taken replaced from the second take() on; 0: no thread, take() always returns an empty fd.
  // `fd_table_mutex` is held by whoever has fds of a box in flight (the Sandbox's spawn_mutex):
  // the thread copies the judge's fd table under it, so the copy holds none of a box's pipes.
  NetnsPool(unsigned ahead, std::mutex& fd_table_mutex);
  // Stops and joins the thread; the namespaces nobody took go with its fd table.
  ~NetnsPool();
  NetnsPool(const NetnsPool&) = delete;
  NetnsPool& operator=(const NetnsPool&) = delete;

  // A never-used network namespace, `lo` up and the TCP buffers capped (net.h), as an O_CLOEXEC fd
  // for setns; the caller's is then its only use. Waits when one is being made; an empty fd when
  // none is ready nor being made (the caller makes one in clone3, as without a pool). Throws
  // SandboxError.
  base::UniqueFd take();

  // Waits until one is ready, or none will come (the thread failed, or makes no more until asked
  // twice); whether one is ready. For tests.
  bool wait_until_ready();

  // Why the thread stopped making namespaces, or "" while it works (for tests and diagnostics).
  std::string failure() const;

  static constexpr unsigned kMaxAhead = 16;

 private:
  using Lock = std::unique_lock<std::mutex>;
  void start_thread(Lock& lock);
  void fill();
  void make_until_idle(Lock& lock, int home);
  bool wait_for_work(Lock& lock);
  bool wants_more() const;
  base::UniqueFd hand_over_first();

  const unsigned ahead_;
  std::mutex& fd_table_mutex_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  // fd numbers in the thread's own fd table (never in the judge's: see fill()).
  std::deque<int> ready_;
  std::vector<int> taken_;  // handed out: closed by the thread when it next wakes
  unsigned made_ = 0;       // namespaces made so far (by the thread, or by callers given none)
  unsigned asked_ = 0;      // take() calls so far
  bool running_ = false;    // the thread is there (it ends when it has nothing to do or keep)
  bool making_ = false;     // the thread is making one
  bool stopping_ = false;
  pid_t tid_ = 0;
  std::string failure_;  // set: the thread failed, and no other is started
  std::thread thread_;
};

}  // namespace sandbox
