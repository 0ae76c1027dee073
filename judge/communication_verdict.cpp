#include "judge/communication_verdict.h"

#include <signal.h>

#include <string>

namespace judge {
namespace {

using sandbox::Status;

CheckerVerdict verdict(Verdict v, std::string message) {
  return {v, std::move(message), std::nullopt};
}

std::string first_line(std::string_view text) {
  return std::string(text.substr(0, text.find('\n')));
}

std::string copy_name(std::size_t i) {
  return "copy " + std::to_string(i);
}

// The manager ended by itself in a way its protocol has no place for: a limit, a signal (but the
// pipe a copy left), a box that failed. Stopped by the judge (a copy failed) is not its fault.
std::optional<CheckerVerdict> manager_failed(const sandbox::RunResult& m) {
  if (m.stopped) return std::nullopt;
  if (m.status == Status::OK || (m.status == Status::RE && m.signal == SIGPIPE))
    return std::nullopt;
  if (m.status == Status::RE && m.exit_code) return std::nullopt;  // its exit code: read later
  return verdict(Verdict::IE, "the manager failed (" + std::string(sandbox::to_string(m.status)) +
                                  (m.message.empty() ? "" : ": " + m.message) + ")" +
                                  (m.stderr_data.empty() ? "" : ": " + first_line(m.stderr_data)));
}

// A copy killed by a pipe the manager had left: it was gone, the copy did nothing wrong.
bool left_by_manager(const sandbox::RunResult& copy, const sandbox::RunResult& manager) {
  return copy.signal == SIGPIPE && manager.ended_ns != 0 && manager.ended_ns < copy.ended_ns;
}

std::optional<CheckerVerdict> copy_verdict(const GroupRun& run,
                                           std::chrono::microseconds time_limit) {
  std::uint64_t cpu_us = 0;
  for (std::size_t i = 0; i < run.copies.size(); ++i) {
    const sandbox::RunResult& c = run.copies[i];
    cpu_us += c.cpu_us;
    if (!copy_failed(c) || left_by_manager(c, run.manager)) continue;
    switch (c.status) {
      case Status::TLE: return verdict(Verdict::TLE, copy_name(i) + ": " + c.message);
      case Status::MLE: return verdict(Verdict::MLE, copy_name(i) + ": " + c.message);
      case Status::OLE: return verdict(Verdict::OLE, copy_name(i) + ": " + c.message);
      default: return verdict(Verdict::RE, copy_name(i) + ": " + c.message);
    }
  }
  if (cpu_us > static_cast<std::uint64_t>(time_limit.count()))
    return verdict(Verdict::TLE, "the copies' CPU times together: " +
                                     std::to_string(cpu_us / 1000) + " ms, over the limit of " +
                                     std::to_string(time_limit.count() / 1000) + " ms");
  return std::nullopt;
}

// The manager ended by itself (not stopped, not killed by a pipe a copy left): its exit and
// score, read now, are its protocol's, and anything else is its fault.
bool ended_by_itself(const sandbox::RunResult& m) {
  return !m.stopped && m.signal != SIGPIPE;
}

std::optional<CheckerVerdict> exit_fault(const sandbox::RunResult& m) {
  if (m.exit_code && *m.exit_code == 0) return std::nullopt;
  return verdict(Verdict::IE, "the manager failed (exit code " +
                                  std::to_string(m.exit_code.value_or(-1)) + ")" +
                                  (m.stderr_data.empty() ? "" : ": " + first_line(m.stderr_data)));
}

}  // namespace

std::optional<double> manager_score(std::string_view stdout_text) {
  std::optional<double> score = parse_score(first_line(stdout_text));
  if (!score || *score < 0 || *score > 1) return std::nullopt;
  return score;
}

CheckerVerdict decide_communication(const GroupRun& run, std::chrono::microseconds time_limit) {
  const sandbox::RunResult& m = run.manager;
  if (m.status == Status::IE) return verdict(Verdict::IE, "the manager's box: " + m.message);
  for (std::size_t i = 0; i < run.copies.size(); ++i)
    if (run.copies[i].status == Status::IE && !run.copies[i].stopped)
      return verdict(Verdict::IE, copy_name(i) + "'s box: " + run.copies[i].message);
  if (auto failed = manager_failed(m)) return *failed;
  std::optional<double> score = manager_score(m.stdout_data);
  if (ended_by_itself(m)) {
    if (auto fault = exit_fault(m)) return *fault;
    if (!score)
      return verdict(Verdict::IE, "the manager printed no score in [0, 1] on its first line: '" +
                                      first_line(m.stdout_data).substr(0, 80) + "'");
  }
  if (auto copy = copy_verdict(run, time_limit)) return *copy;
  if (m.signal == SIGPIPE)
    return verdict(Verdict::WA, "a copy ended while the manager still wrote to it");
  if (!ended_by_itself(m) || !score)  // stopped, yet no copy failed: cannot be
    return verdict(Verdict::IE, "the manager was stopped");
  CheckerVerdict v = verdict(*score > 0 ? Verdict::AC : Verdict::WA, first_line(m.stderr_data));
  if (*score > 0) v.score = *score;
  return v;
}

}  // namespace judge
