#include "judge/worker/backoff.h"

#include <algorithm>
#include <thread>

namespace judge::worker {

Backoff::Backoff(std::chrono::milliseconds first, std::chrono::milliseconds max)
    : first_(first), max_(max), current_(first), random_(std::random_device{}()) {}

std::chrono::milliseconds Backoff::next() {
  auto ceiling = current_;
  current_ = std::min(current_ * 2, max_);
  std::uniform_int_distribution<long long> pick(ceiling.count() / 2, ceiling.count());
  return std::chrono::milliseconds(pick(random_));
}

bool Backoff::wait(const std::atomic<bool>* give_up) {
  auto until = std::chrono::steady_clock::now() + next();
  while (std::chrono::steady_clock::now() < until) {
    if (give_up && *give_up) return false;
    std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
        std::chrono::milliseconds(50), until - std::chrono::steady_clock::now()));
  }
  return !(give_up && *give_up);
}

}  // namespace judge::worker
