// A Redis connection that comes back: a broken link or a restarted server is reconnected with
// backoff and jitter, and the work that failed is tried again.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "judge/worker/backoff.h"
#include "judge/worker/redis_client.h"

namespace judge::worker {

class Connection {
 public:
  using Log = std::function<void(const std::string&)>;
  // `on_connect` runs on every new link (creating the consumer group, say); `log` gets one line
  // per lost link and per failed attempt.
  Connection(RedisAddress address, std::function<void(RedisClient&)> on_connect, Log log);

  // Runs `work` on a live client. When the link breaks (RedisIoError), reconnects with backoff
  // and runs `work` again from the start, so `work` must be safe to repeat. Returns nullopt when
  // `give_up` turned true before it could finish; nullptr: never give up.
  template <class Work>
  auto run(Work work, const std::atomic<bool>* give_up)
      -> std::optional<decltype(work(std::declval<RedisClient&>()))> {
    for (;;) {
      RedisClient* client = connect(give_up);
      if (!client) return std::nullopt;
      try {
        return work(*client);
      } catch (const RedisIoError& e) {
        lost(e.what());
      }
    }
  }

 private:
  RedisClient* connect(const std::atomic<bool>* give_up);
  void lost(const std::string& why);

  RedisAddress address_;
  std::function<void(RedisClient&)> on_connect_;
  Log log_;
  std::unique_ptr<RedisClient> client_;
  Backoff backoff_;
};

}  // namespace judge::worker
