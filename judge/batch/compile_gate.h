// Identical sources compile once: while one worker compiles a source, another with the same
// source and language waits, then finds the program in the compile cache. (The cache alone
// would let both compile at once and keep one of the two results.)
#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <set>
#include <string>
#include <utility>

namespace judge::batch {

class CompileGate {
 public:
  // Holds the gate for one key until released or destroyed.
  class Turn {
   public:
    Turn(CompileGate* gate, std::string key) : gate_(gate), key_(std::move(key)) {}
    Turn(Turn&& other) noexcept : gate_(std::exchange(other.gate_, nullptr)), key_(other.key_) {}
    Turn(const Turn&) = delete;
    Turn& operator=(const Turn&) = delete;
    ~Turn() { release(); }
    void release();

   private:
    CompileGate* gate_;
    std::string key_;
  };

  // Waits while another worker holds `key` (the language id and the source's digest), then holds
  // it. Returns early, holding nothing, once `stop` is set.
  Turn enter(const std::string& key, const std::atomic<bool>& stop);

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::set<std::string> held_;
};

}  // namespace judge::batch
