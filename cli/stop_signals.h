// SIGINT and SIGTERM as a request to stop: a flag the batch reads, not an interrupted write.
#pragma once

#include <signal.h>

#include <atomic>
#include <thread>

namespace cli {

class StopSignals {
 public:
  // Blocks SIGINT and SIGTERM in the calling thread (threads started later inherit the mask, so
  // no worker is interrupted) and waits for them on a thread of its own: the first sets `stop`; a
  // second one ends the process at once (its boxes die with it, the next start sweeps the rest).
  explicit StopSignals(std::atomic<bool>& stop);
  ~StopSignals();
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

  // The signal that asked to stop, or 0.
  int received() const { return received_; }

 private:
  void watch();

  std::atomic<bool>& stop_;
  std::atomic<bool> done_{false};
  std::atomic<int> received_{0};
  sigset_t set_{}, old_{};
  std::thread watcher_;
};

}  // namespace cli
