#include "judge/worker/heartbeat.h"

#include <iostream>

namespace judge::worker {
namespace {

// KEYS: jobs stream. ARGV: group, consumer, entry ids. Resets the idle time of each entry still
// pending for this consumer (XCLAIM JUSTID does not count a delivery); one another worker took
// over meanwhile is left to it.
constexpr const char* kRefresh = R"lua(
for i = 3, #ARGV do
  local p = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[i], ARGV[i], 1)
  if p[1] and p[1][2] == ARGV[2] then
    redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[i], 'JUSTID')
  end
end
return 0
)lua";

}  // namespace

Heartbeat::Heartbeat(const WorkerConfig& config, const InFlight& in_flight, nlohmann::json about)
    : config_(config),
      in_flight_(in_flight),
      about_(std::move(about)),
      connection_(config.redis, nullptr,
                  [](const std::string& line) {
                    std::cerr << "judge worker: heartbeat: " << line << "\n";
                  }),
      thread_([this] { loop(); }) {}

Heartbeat::~Heartbeat() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void Heartbeat::beat(RedisClient& client) {
  std::vector<std::string> ids = in_flight_.ids();
  nlohmann::json value = about_;
  value["in_flight"] = ids.size();
  value["time"] = std::chrono::duration_cast<std::chrono::seconds>(
                      std::chrono::system_clock::now().time_since_epoch())
                      .count();
  long long ttl_ms = 3 * config_.heartbeat.count();
  client.checked({"SET", config_.names.heartbeat(config_.consumer), value.dump(), "PX",
                  std::to_string(ttl_ms)});
  if (ids.empty()) return;
  static const std::string sha = script_sha1(kRefresh);
  std::vector<std::string> args{config_.names.jobs(), config_.names.group(), config_.consumer};
  args.insert(args.end(), ids.begin(), ids.end());
  eval_script(client, kRefresh, sha, std::move(args), 1);
}

void Heartbeat::loop() {
  for (;;) {
    try {
      connection_.run(
          [this](RedisClient& c) {
            beat(c);
            return 0;
          },
          &stop_);
    } catch (const RedisReplyError& e) {
      std::cerr << "judge worker: heartbeat: " << e.what() << "\n";
    }
    std::unique_lock lock(mutex_);
    if (wake_.wait_for(lock, config_.heartbeat, [this] { return stop_.load(); })) break;
  }
  // The key goes with the worker; a worker killed leaves it to its TTL.
  std::atomic<bool> give_up{true};
  try {
    connection_.run(
        [this](RedisClient& c) {
          c.command({"DEL", config_.names.heartbeat(config_.consumer)});
          return 0;
        },
        &give_up);  // only on a live link: a worker stopping does not wait for Redis
  } catch (const std::exception&) {
  }
}

}  // namespace judge::worker
