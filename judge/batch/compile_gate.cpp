#include "judge/batch/compile_gate.h"

#include <chrono>

namespace judge::batch {

void CompileGate::Turn::release() {
  if (!gate_) return;
  {
    std::lock_guard lock(gate_->mutex_);
    gate_->held_.erase(key_);
  }
  gate_->changed_.notify_all();
  gate_ = nullptr;
}

CompileGate::Turn CompileGate::enter(const std::string& key, const std::atomic<bool>& stop) {
  std::unique_lock lock(mutex_);
  // A bounded wait: a stop request comes from a signal thread that does not know this gate.
  while (held_.count(key) && !stop) changed_.wait_for(lock, std::chrono::milliseconds(100));
  if (stop) return Turn(nullptr, key);
  held_.insert(key);
  return Turn(this, key);
}

}  // namespace judge::batch
