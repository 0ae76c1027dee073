// What `judge worker` runs with (docs/worker.md lists the defaults and why).
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>

#include "judge/worker/finish_script.h"
#include "judge/worker/redis_url.h"
#include "judge/worker/streams.h"

namespace judge::worker {

struct WorkerConfig {
  RedisAddress redis;
  StreamNames names;
  std::string consumer;  // this worker's name in the group (default: host-pid)
  unsigned jobs = 1;     // gradings at once
  // An entry pending this long with no heartbeat refreshing it belongs to a dead worker.
  std::chrono::milliseconds visibility_timeout{60000};
  long long max_deliveries = 3;  // a job delivered more often goes to the dead letters
  std::size_t max_source = 256 * 1024;
  std::chrono::milliseconds heartbeat{5000};  // also how often in-flight entries are refreshed
  FinishOptions finish;                       // done markers' TTL, results' MAXLEN
  bool events = false;                        // per-test progress on the events stream
};

}  // namespace judge::worker
