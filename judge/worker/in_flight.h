// The entries this worker is grading now: what the heartbeat reports and keeps fresh.
#pragma once

#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace judge::worker {

class InFlight {
 public:
  void add(const std::string& id) {
    std::lock_guard lock(mutex_);
    ids_.insert(id);
  }
  void remove(const std::string& id) {
    std::lock_guard lock(mutex_);
    ids_.erase(id);
  }
  std::vector<std::string> ids() const {
    std::lock_guard lock(mutex_);
    return {ids_.begin(), ids_.end()};
  }

 private:
  mutable std::mutex mutex_;
  std::set<std::string> ids_;
};

}  // namespace judge::worker
