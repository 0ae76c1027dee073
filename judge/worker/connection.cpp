#include "judge/worker/connection.h"

namespace judge::worker {

namespace {
constexpr std::chrono::milliseconds kReplyTimeout(15000);  // > any BLOCK the worker asks for
}

Connection::Connection(RedisAddress address, std::function<void(RedisClient&)> on_connect, Log log)
    : address_(std::move(address)), on_connect_(std::move(on_connect)), log_(std::move(log)) {}

RedisClient* Connection::connect(const std::atomic<bool>* give_up) {
  while (!client_) {
    if (give_up && *give_up) return nullptr;
    try {
      auto client = std::make_unique<RedisClient>(address_, kReplyTimeout);
      if (on_connect_) on_connect_(*client);
      client_ = std::move(client);
      backoff_.reset();
    } catch (const RedisIoError& e) {
      log_(std::string("redis: ") + e.what() + " (retrying)");
      if (!backoff_.wait(give_up)) return nullptr;
    } catch (const RedisReplyError& e) {
      // A refused AUTH or SELECT does not heal by itself, but the operator may fix the server:
      // keep trying, slowly, and say why.
      log_(std::string("redis: ") + e.what() + " (retrying)");
      if (!backoff_.wait(give_up)) return nullptr;
    }
  }
  return client_.get();
}

void Connection::lost(const std::string& why) {
  log_("redis: connection lost: " + why);
  client_.reset();
}

}  // namespace judge::worker
