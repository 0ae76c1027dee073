#include "judge/worker/slot.h"

#include <iostream>

#include "judge/worker/grade_job.h"
#include "judge/worker/finish_script.h"

namespace judge::worker {
namespace {

using Clock = std::chrono::steady_clock;

void log_line(const std::string& line) {
  std::cerr << "judge worker: " << line << "\n";
}

long long now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Milliseconds since the entry was added: its id starts with Redis's clock at that time.
long long queued_ms(const std::string& entry_id) {
  try {
    return std::max(0LL, now_ms() - std::stoll(entry_id.substr(0, entry_id.find('-'))));
  } catch (const std::exception&) {
    return 0;
  }
}

}  // namespace

Slot::Slot(SlotShared shared, Grader& grader)
    : shared_(shared),
      grader_(grader),
      connection_(
          shared.config.redis,
          [names = shared.config.names](RedisClient& c) { ensure_group(c, names); }, log_line),
      reclaimer_(shared.config.names, shared.config.consumer, shared.config.visibility_timeout) {}

std::optional<Slot::Delivery> Slot::next(RedisClient& client) {
  const WorkerConfig& config = shared_.config;
  if (Clock::now() >= next_reclaim_) {
    if (std::optional<Claimed> claimed = reclaimer_.claim_one(client))
      return Delivery{std::move(claimed->entry), claimed->deliveries};
    auto period = std::clamp(config.visibility_timeout / 2, std::chrono::milliseconds(100),
                             std::chrono::milliseconds(30000));
    next_reclaim_ = Clock::now() + period;
  }
  Reply reply =
      client.command({"XREADGROUP", "GROUP", config.names.group(), config.consumer, "COUNT", "1",
                      "BLOCK", "1000", "STREAMS", config.names.jobs(), ">"});
  if (reply.is_error()) {
    // The group is gone (a server that lost its data): make it again and read on.
    if (reply.str.rfind("NOGROUP", 0) == 0)
      ensure_group(client, config.names);
    else
      throw RedisReplyError("XREADGROUP: " + reply.str);
    return std::nullopt;
  }
  if (reply.is_nil() || reply.elements.empty()) return std::nullopt;
  const Reply& entries = reply.elements[0].elements.at(1);
  if (entries.elements.empty()) return std::nullopt;
  return Delivery{to_entry(entries.elements[0]), 1};
}

void Slot::run() {
  while (!shared_.stop) {
    try {
      auto next = connection_.run([this](RedisClient& c) { return this->next(c); }, &shared_.stop);
      if (next && *next) handle(**next);
    } catch (const std::exception& e) {
      // A refused command or a reply not of the expected shape: the job (if any) stays pending
      // and is taken over after the visibility timeout; this slot pauses and reads on.
      log_line(e.what());
      Backoff pause;
      pause.wait(&shared_.stop);
    }
  }
}

void Slot::handle(const Delivery& delivery) {
  if (delivery.deliveries > shared_.config.max_deliveries) {
    dead_letter(delivery);
    return;
  }
  Job job = parse_job(delivery.entry, shared_.config.max_source);
  shared_.in_flight.add(delivery.entry.id);
  struct Done {
    InFlight& in_flight;
    const std::string& id;
    ~Done() { in_flight.remove(id); }
  } done{shared_.in_flight, delivery.entry.id};
  nlohmann::json result = grade(delivery, job);
  Finish finish{
      shared_.config.names.done(job.key()),
      shared_.config.names.results(),
      delivery.entry.id,
      // Compile logs and checker messages can hold any bytes: not UTF-8 is replaced, never
      // a throw that leaves the job unpublished.
      {{"job", job.id},
       {"result", result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)}}};
  // Never given up, not even on stop: a graded job is published before the worker exits.
  connection_.run(
      [&](RedisClient& c) {
        return finish_job(c, shared_.config.names, finish, shared_.config.finish);
      },
      nullptr);
}

nlohmann::json Slot::grade(const Delivery& delivery, const Job& job) {
  auto started = Clock::now();
  long long waited = queued_ms(delivery.entry.id);
  GradeContext context{shared_.problems, grader_, shared_.gate, shared_.stop};
  nlohmann::json result;
  try {
    result = grade_job(job, context, [&](const TestReport& test) {
      if (shared_.config.events) publish_event(job, test);
    });
  } catch (const std::exception& e) {
    result = error_result(job, std::string("internal error: ") + e.what());
  }
  result["job"] = job.id;
  result["entry"] = delivery.entry.id;
  result["worker"] = shared_.config.consumer;
  result["attempt"] = delivery.deliveries;
  result["timings"] = {
      {"queued_ms", waited},
      {"grade_ms",
       std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count()}};
  return result;
}

void Slot::dead_letter(const Delivery& delivery) {
  const WorkerConfig& config = shared_.config;
  Job job = parse_job(delivery.entry, config.max_source);
  std::string reason = "delivered " + std::to_string(delivery.deliveries) +
                       " times, over --max-deliveries " + std::to_string(config.max_deliveries) +
                       ": the workers grading it stopped without a result each time";
  const std::string* raw = delivery.entry.field("job");
  Finish finish{config.names.done(job.key()),
                config.names.dead(),
                delivery.entry.id,
                {{"job", job.id},
                 {"entry", delivery.entry.id},
                 {"reason", reason},
                 {"deliveries", std::to_string(delivery.deliveries)},
                 {"worker", config.consumer},
                 // The job as it came, cut at --max-source: a dead letter is not a second copy
                 // of a huge entry.
                 {"fields", raw ? raw->substr(0, config.max_source) : ""}}};
  connection_.run(
      [&](RedisClient& c) { return finish_job(c, config.names, finish, config.finish); }, nullptr);
  log_line("job " + delivery.entry.id + " went to " + config.names.dead() + ": " + reason);
}

void Slot::publish_event(const Job& job, const TestReport& test) {
  // Best effort, on the live link only: progress is not worth holding up a grading.
  std::atomic<bool> live_only{true};
  try {
    auto reply = connection_.run(
        [&](RedisClient& c) {
          return c.command({"XADD", shared_.config.names.events(), "MAXLEN", "~", "100000", "*",
                            "job", job.id, "entry", job.entry_id, "test", test.name, "verdict",
                            std::string(to_string(test.verdict))});
        },
        &live_only);
    if (reply && reply->is_error()) log_line("events: " + reply->str);
  } catch (const std::exception& e) {
    log_line(std::string("events: ") + e.what());
  }
}

}  // namespace judge::worker
