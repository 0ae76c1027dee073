// The worker's sign of life, on a thread of its own: every `heartbeat` period, a key with a TTL of
// three periods describing the worker (for operators), and a refresh of the entries it is grading
// (so that a long grading is not taken for a dead worker's: only silence for the visibility
// timeout is).
#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "judge/worker/connection.h"
#include "judge/worker/in_flight.h"
#include "judge/worker/worker_config.h"

namespace judge::worker {

class Heartbeat {
 public:
  // `about` is the fixed part of the key's value (host, version, backend, capacity).
  Heartbeat(const WorkerConfig& config, const InFlight& in_flight, nlohmann::json about);
  ~Heartbeat();  // stops the thread and deletes the key
  Heartbeat(const Heartbeat&) = delete;
  Heartbeat& operator=(const Heartbeat&) = delete;

 private:
  void loop();
  void beat(RedisClient& client);

  const WorkerConfig& config_;
  const InFlight& in_flight_;
  nlohmann::json about_;
  std::atomic<bool> stop_{false};
  std::mutex mutex_;
  std::condition_variable wake_;
  Connection connection_;
  std::thread thread_;
};

}  // namespace judge::worker
