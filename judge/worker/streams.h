// The Redis keys the worker and `judge submit` share, and the consumer group's creation.
#pragma once

#include <string>

#include "judge/worker/redis_client.h"

namespace judge::worker {

struct StreamNames {
  std::string prefix = "judge";  // every key below starts with it
  std::string jobs() const { return prefix + ":jobs"; }
  std::string group() const { return prefix + ":workers"; }
  std::string results() const { return prefix + ":results"; }
  std::string dead() const { return prefix + ":dead"; }
  std::string events() const { return prefix + ":events"; }
  // Set once a job has its final result (or went to the dead letters): "<stream> <entry id>".
  std::string done(const std::string& job_key) const { return prefix + ":done:" + job_key; }
  std::string heartbeat(const std::string& consumer) const {
    return prefix + ":worker:" + consumer;
  }
};

// Creates the jobs stream and the consumer group when missing (reading from the stream's start,
// so jobs sent before the first worker came are graded). An existing group is kept.
void ensure_group(RedisClient& client, const StreamNames& names);

// A stream entry: its id and its fields in order.
struct StreamEntry {
  std::string id;
  std::vector<std::pair<std::string, std::string>> fields;
  const std::string* field(const std::string& name) const;
};
// An entry of an XRANGE/XREADGROUP/XAUTOCLAIM reply ([id, [f, v, ...]]); id empty when the
// entry was deleted (nil).
StreamEntry to_entry(const Reply& reply);

}  // namespace judge::worker
