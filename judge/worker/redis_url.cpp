#include "judge/worker/redis_url.h"

#include <charconv>
#include <stdexcept>

namespace judge::worker {
namespace {

// The text is not echoed: in a URL without "@host" ("redis://:secret") the password is what
// reads as the port, and the message goes to the journal.
int parse_number(const std::string& text, int max, const char* what) {
  int value = -1;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 0 || value > max)
    throw std::invalid_argument(std::string("redis URL: the ") + what +
                                " is not a number from 0 to " + std::to_string(max) +
                                " (not shown: it may be a password)");
  return value;
}

// "user:password@" (both optional) off the front of `rest`.
void take_credentials(std::string& rest, RedisAddress& address) {
  std::size_t at = rest.rfind('@');
  if (at == std::string::npos) return;
  std::string credentials = rest.substr(0, at);
  rest.erase(0, at + 1);
  std::size_t colon = credentials.find(':');
  if (colon == std::string::npos) {
    address.password = credentials;  // redis://secret@host: a password alone
    return;
  }
  address.user = credentials.substr(0, colon);
  address.password = credentials.substr(colon + 1);
}

void parse_tcp(std::string rest, RedisAddress& address) {
  take_credentials(rest, address);
  std::size_t slash = rest.find('/');
  if (slash != std::string::npos) {
    std::string db = rest.substr(slash + 1);
    if (!db.empty()) address.db = parse_number(db, 1 << 20, "database number");
    rest.erase(slash);
  }
  std::size_t colon = rest.rfind(':');
  if (colon != std::string::npos) {
    address.port = parse_number(rest.substr(colon + 1), 65535, "port");
    rest.erase(colon);
  }
  if (rest.size() > 2 && rest.front() == '[' && rest.back() == ']')
    rest = rest.substr(1, rest.size() - 2);
  if (rest.empty()) throw std::invalid_argument("redis URL: no host");
  address.host = rest;
}

void parse_unix(std::string rest, RedisAddress& address) {
  take_credentials(rest, address);
  std::size_t query = rest.find('?');
  if (query != std::string::npos) {
    std::string params = rest.substr(query + 1);
    rest.erase(query);
    if (params.rfind("db=", 0) != 0 || params.find('&') != std::string::npos)
      throw std::invalid_argument("redis URL: the only parameter of a unix URL is ?db=N");
    address.db = parse_number(params.substr(3), 1 << 20, "database number");
  }
  if (rest.empty() || rest.front() != '/')
    throw std::invalid_argument(
        "redis URL: a unix socket needs an absolute path (unix:///run/redis.sock)");
  address.socket = rest;
}

}  // namespace

RedisAddress parse_redis_url(const std::string& url) {
  RedisAddress address;
  if (url.rfind("redis://", 0) == 0)
    parse_tcp(url.substr(8), address);
  else if (url.rfind("unix://", 0) == 0)
    parse_unix(url.substr(7), address);
  else
    throw std::invalid_argument("redis URL must start with redis:// or unix://");
  return address;
}

std::string RedisAddress::redacted() const {
  std::string credentials;
  if (!user.empty() || !password.empty())
    credentials = (user.empty() ? "" : user + ":") + (password.empty() ? "" : "***") + "@";
  if (!socket.empty())
    return "unix://" + credentials + socket + (db ? "?db=" + std::to_string(db) : "");
  return "redis://" + credentials + host + ":" + std::to_string(port) +
         (db ? "/" + std::to_string(db) : "");
}

}  // namespace judge::worker
