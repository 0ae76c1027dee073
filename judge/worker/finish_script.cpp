#include "judge/worker/finish_script.h"

#include <nettle/sha1.h>

#include <cstdio>

namespace judge::worker {
namespace {

// KEYS: marker, record stream, jobs stream. ARGV: group, entry id, marker TTL, MAXLEN, then the
// record's fields and values.
constexpr const char* kFinish = R"lua(
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('XACK', KEYS[3], ARGV[1], ARGV[2])
  return 0
end
local id = redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[4], '*', unpack(ARGV, 5))
redis.call('SET', KEYS[1], KEYS[2] .. ' ' .. id, 'EX', ARGV[3])
redis.call('XACK', KEYS[3], ARGV[1], ARGV[2])
return 1
)lua";

}  // namespace

std::string script_sha1(const std::string& text) {
  sha1_ctx ctx;
  sha1_init(&ctx);
  sha1_update(&ctx, text.size(), reinterpret_cast<const uint8_t*>(text.data()));
  uint8_t digest[SHA1_DIGEST_SIZE];
  sha1_digest(&ctx, sizeof digest, digest);
  std::string hex;
  char two[3];
  for (uint8_t byte : digest) {
    std::snprintf(two, sizeof two, "%02x", byte);
    hex += two;
  }
  return hex;
}

Reply eval_script(RedisClient& client, const std::string& script, const std::string& sha1,
                  std::vector<std::string> keys_and_args, std::size_t key_count) {
  std::vector<std::string> argv{"EVALSHA", sha1, std::to_string(key_count)};
  argv.insert(argv.end(), keys_and_args.begin(), keys_and_args.end());
  Reply reply = client.command(argv);
  if (reply.is_error() && reply.str.rfind("NOSCRIPT", 0) == 0) {
    argv[0] = "EVAL";
    argv[1] = script;
    reply = client.command(argv);
  }
  if (reply.is_error()) throw RedisReplyError("script: " + reply.str);
  return reply;
}

bool finish_job(RedisClient& client, const StreamNames& names, const Finish& finish,
                const FinishOptions& options) {
  static const std::string sha = script_sha1(kFinish);
  std::vector<std::string> args{finish.marker,
                                finish.stream,
                                names.jobs(),
                                names.group(),
                                finish.entry_id,
                                std::to_string(options.marker_ttl_seconds),
                                std::to_string(options.max_len)};
  for (const auto& [field, value] : finish.fields) {
    args.push_back(field);
    args.push_back(value);
  }
  return eval_script(client, kFinish, sha, std::move(args), 3).integer == 1;
}

}  // namespace judge::worker
