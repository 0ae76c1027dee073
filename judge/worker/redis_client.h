// A small RAII wrapper over hiredis's blocking API: one connection, commands as argument vectors,
// replies as plain values. Not thread-safe: one client per thread.
#pragma once

#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "judge/worker/redis_url.h"

struct redisContext;

namespace judge::worker {

// The connection failed or broke: reconnect and retry.
struct RedisIoError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// The server answered a command with an error (-ERR ...).
struct RedisReplyError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Reply {
  enum class Type { Nil, Integer, String, Status, Error, Array };
  Type type = Type::Nil;
  long long integer = 0;
  std::string str;  // String, Status and Error
  std::vector<Reply> elements;

  bool is_nil() const { return type == Type::Nil; }
  bool is_error() const { return type == Type::Error; }
};

class RedisClient {
 public:
  // Connects, authenticates and selects the database. Throws RedisIoError (or RedisReplyError
  // when AUTH or SELECT is refused). `timeout` bounds connecting and every reply.
  RedisClient(const RedisAddress& address, std::chrono::milliseconds timeout);
  ~RedisClient();
  RedisClient(const RedisClient&) = delete;
  RedisClient& operator=(const RedisClient&) = delete;

  // Sends one command. An error reply comes back as a Reply of Type::Error; a broken connection
  // throws RedisIoError (the client is then unusable).
  Reply command(const std::vector<std::string>& argv);
  // As command(), but an error reply throws RedisReplyError.
  Reply checked(const std::vector<std::string>& argv);

 private:
  struct Free {
    void operator()(redisContext* c) const;
  };
  std::unique_ptr<redisContext, Free> context_;
  std::string where_;  // the redacted address, for messages
};

}  // namespace judge::worker
