#include "judge/worker/redis_client.h"

#include <hiredis/hiredis.h>

namespace judge::worker {
namespace {

timeval to_timeval(std::chrono::milliseconds ms) {
  return timeval{static_cast<time_t>(ms.count() / 1000),
                 static_cast<suseconds_t>(ms.count() % 1000 * 1000)};
}

Reply convert(const redisReply* r) {
  Reply reply;
  switch (r->type) {
    case REDIS_REPLY_INTEGER:
      reply.type = Reply::Type::Integer;
      reply.integer = r->integer;
      break;
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_STATUS:
    case REDIS_REPLY_ERROR:
      reply.type = r->type == REDIS_REPLY_STRING   ? Reply::Type::String
                   : r->type == REDIS_REPLY_STATUS ? Reply::Type::Status
                                                   : Reply::Type::Error;
      reply.str.assign(r->str, r->len);
      break;
    case REDIS_REPLY_ARRAY:
      reply.type = Reply::Type::Array;
      for (std::size_t i = 0; i < r->elements; ++i)
        reply.elements.push_back(convert(r->element[i]));
      break;
    default: break;  // nil
  }
  return reply;
}

}  // namespace

void RedisClient::Free::operator()(redisContext* c) const {
  redisFree(c);
}

RedisClient::RedisClient(const RedisAddress& address, std::chrono::milliseconds timeout)
    : where_(address.redacted()) {
  timeval tv = to_timeval(timeout);
  redisContext* c = address.socket.empty()
                        ? redisConnectWithTimeout(address.host.c_str(), address.port, tv)
                        : redisConnectUnixWithTimeout(address.socket.c_str(), tv);
  if (!c) throw RedisIoError(where_ + ": cannot allocate a connection");
  context_.reset(c);
  if (c->err) throw RedisIoError(where_ + ": " + c->errstr);
  redisSetTimeout(c, tv);
  if (!address.password.empty()) {
    std::vector<std::string> auth{"AUTH"};
    if (!address.user.empty()) auth.push_back(address.user);
    auth.push_back(address.password);
    // The reply's text never holds the password; the command is not echoed.
    if (command(auth).is_error()) throw RedisReplyError(where_ + ": authentication refused");
  }
  if (address.db) checked({"SELECT", std::to_string(address.db)});
}

RedisClient::~RedisClient() = default;

Reply RedisClient::command(const std::vector<std::string>& argv) {
  if (context_->err) throw RedisIoError(where_ + ": " + context_->errstr);
  std::vector<const char*> args;
  std::vector<std::size_t> lengths;
  for (const std::string& a : argv) {
    args.push_back(a.data());
    lengths.push_back(a.size());
  }
  void* raw =
      redisCommandArgv(context_.get(), static_cast<int>(args.size()), args.data(), lengths.data());
  if (!raw) throw RedisIoError(where_ + ": " + context_->errstr);
  std::unique_ptr<redisReply, void (*)(void*)> reply(static_cast<redisReply*>(raw),
                                                     freeReplyObject);
  return convert(reply.get());
}

Reply RedisClient::checked(const std::vector<std::string>& argv) {
  Reply reply = command(argv);
  if (reply.is_error()) throw RedisReplyError(argv.front() + ": " + reply.str);
  return reply;
}

}  // namespace judge::worker
