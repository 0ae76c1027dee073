// A real redis-server for one test: on a unix socket in the test's directory, append-only file
// there too, nothing else persisted; stopped by pid.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <string>

#include "judge/worker/redis_client.h"
#include "judge/worker/streams.h"

namespace test {

class RedisServer {
 public:
  explicit RedisServer(std::filesystem::path dir);
  ~RedisServer();  // stops it
  RedisServer(const RedisServer&) = delete;
  RedisServer& operator=(const RedisServer&) = delete;

  // SIGTERM (Redis then writes its append-only file out and exits), waited for.
  void stop();
  // Starts it again on the same socket and files; returns once it answers PING.
  void start();
  std::string url() const { return "unix://" + socket().string(); }
  std::filesystem::path socket() const { return dir_ / "redis.sock"; }
  // A fresh connection to it.
  std::unique_ptr<judge::worker::RedisClient> client() const;

 private:
  std::filesystem::path dir_;
  pid_t pid_ = -1;
};

}  // namespace test
