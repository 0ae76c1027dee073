// How long to wait before the next reconnect: doubling from `first` up to `max`, each wait drawn
// at random from its upper half, so that a fleet that lost Redis at once does not come back at
// once.
#pragma once

#include <atomic>
#include <chrono>
#include <random>

namespace judge::worker {

class Backoff {
 public:
  Backoff(std::chrono::milliseconds first = std::chrono::milliseconds(100),
          std::chrono::milliseconds max = std::chrono::milliseconds(5000));
  // The next wait (grows each call).
  std::chrono::milliseconds next();
  void reset() { current_ = first_; }
  // Waits next(), in short steps; returns early (false) once `give_up` turns true.
  bool wait(const std::atomic<bool>* give_up);

 private:
  std::chrono::milliseconds first_, max_, current_;
  std::mt19937_64 random_;
};

}  // namespace judge::worker
