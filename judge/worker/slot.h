// One grading slot of a worker: a thread with its own Redis connection and Grader that takes a
// job (a dead worker's first, then a new one), grades it, and ends it atomically.
#pragma once

#include <atomic>
#include <nlohmann/json.hpp>
#include <optional>

#include "judge/batch/compile_gate.h"
#include "judge/batch/problem_catalog.h"
#include "judge/grader.h"
#include "judge/worker/connection.h"
#include "judge/worker/in_flight.h"
#include "judge/worker/job.h"
#include "judge/worker/reclaim.h"
#include "judge/worker/worker_config.h"

namespace judge::worker {

struct SlotShared {
  const WorkerConfig& config;
  const batch::ProblemCatalog& problems;
  batch::CompileGate& gate;
  InFlight& in_flight;
  const std::atomic<bool>& stop;
};

class Slot {
 public:
  Slot(SlotShared shared, Grader& grader);
  // Until `stop`: the job under way when it turns true is finished first.
  void run();

 private:
  struct Delivery {
    StreamEntry entry;
    long long deliveries = 1;
  };
  std::optional<Delivery> next(RedisClient& client);
  void handle(const Delivery& delivery);
  nlohmann::json grade(const Delivery& delivery, const Job& job);
  void dead_letter(const Delivery& delivery);
  void publish_event(const Job& job, const TestReport& test);

  SlotShared shared_;
  Grader& grader_;
  Connection connection_;
  Reclaimer reclaimer_;
  std::chrono::steady_clock::time_point next_reclaim_{};
};

}  // namespace judge::worker
