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
  // Keeps up to `ahead` namespaces ready (at most kMaxAhead); 0: no thread, take() always returns
  // an empty fd.
  explicit NetnsPool(unsigned ahead);
  // Stops and joins the thread; the namespaces nobody took go with its fd table.
  ~NetnsPool();
  NetnsPool(const NetnsPool&) = delete;
  NetnsPool& operator=(const NetnsPool&) = delete;

  // A never-used network namespace, `lo` up and the TCP buffers capped (net.h), as an O_CLOEXEC fd
  // for setns; the caller's is then its only use. Waits when one is being made; an empty fd when
  // none is ready nor coming (the caller makes one itself, as without a pool). Throws SandboxError.
  base::UniqueFd take();

  // Why the thread stopped making namespaces, or "" while it works (for tests and diagnostics).
  std::string failure() const;

  static constexpr unsigned kMaxAhead = 16;

 private:
  void fill();
  bool wait_for_work(std::unique_lock<std::mutex>& lock);

  const unsigned ahead_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  // fd numbers in the thread's own fd table (never in the judge's: see fill()).
  std::deque<int> ready_;
  std::vector<int> taken_;  // handed out, still to be closed by the thread
  bool making_ = false;     // the thread is making one, or starting
  bool stopping_ = false;
  pid_t tid_ = 0;
  std::string failure_;
  std::thread thread_;
};

}  // namespace sandbox
