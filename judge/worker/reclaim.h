// Jobs of dead workers: entries pending longer than the visibility timeout are taken over with
// XAUTOCLAIM, each with its delivery count (from XPENDING) to decide between grading it again and
// the dead letters.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "judge/worker/redis_client.h"
#include "judge/worker/streams.h"

namespace judge::worker {

struct Claimed {
  StreamEntry entry;  // id empty: the entry was trimmed away (only acknowledged)
  long long deliveries = 0;
};

class Reclaimer {
 public:
  Reclaimer(const StreamNames& names, std::string consumer, std::chrono::milliseconds idle)
      : names_(names), consumer_(std::move(consumer)), idle_(idle) {}
  // One entry idle longer than the timeout, now this consumer's; nullopt when there is none.
  // Scans the pending list from where the last call stopped, round and round.
  std::optional<Claimed> claim_one(RedisClient& client);

 private:
  long long deliveries(RedisClient& client, const std::string& id);

  const StreamNames& names_;
  std::string consumer_;
  std::chrono::milliseconds idle_;
  std::string cursor_ = "0-0";
};

}  // namespace judge::worker
