// Where the worker finds Redis: `redis://[user:password@]host:port[/db]` or
// `unix://[user:password@]/path/to/sock[?db=N]`.
#pragma once

#include <string>

namespace judge::worker {

struct RedisAddress {
  std::string host;  // empty for a unix socket
  int port = 6379;
  std::string socket;    // a unix socket's path
  std::string user;      // an ACL user; empty: the default user
  std::string password;  // empty: no AUTH
  int db = 0;
  // The URL without its password, for logs and error messages.
  std::string redacted() const;
};

// Throws std::invalid_argument naming what is wrong (never with the password in it).
RedisAddress parse_redis_url(const std::string& url);

}  // namespace judge::worker
