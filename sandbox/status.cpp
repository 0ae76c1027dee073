#include "sandbox/status.h"

#include <signal.h>
#include <sys/wait.h>

#include <cstring>
#include <optional>
#include <string>
#include <utility>

#include "sandbox/error.h"
#include "base/units.h"

namespace sandbox {

std::string_view to_string(Status s) {
  switch (s) {
    case Status::OK: return "OK";
    case Status::RE: return "RE";
    case Status::TLE: return "TLE";
    case Status::MLE: return "MLE";
    case Status::OLE: return "OLE";
    case Status::IE: return "IE";
  }
  return "IE";
}

std::string_view to_string(TimeLimit t) {
  switch (t) {
    case TimeLimit::None: return "none";
    case TimeLimit::Cpu: return "cpu";
    case TimeLimit::Wall: return "wall";
  }
  return "none";
}

namespace {

std::string ms(std::uint64_t us) {
  return std::to_string(us / 1000) + " ms";
}

std::string signal_text(int sig) {
  const char* abbrev = sigabbrev_np(sig);
  return std::string("SIG") + (abbrev ? abbrev : std::to_string(sig).c_str());
}

// " (its init: SIGKILL)": how init ended, for a box that died before its program started.
std::string init_ending_text(const Supervision& sv) {
  if (!sv.init_ending) return "";
  auto [code, status] = *sv.init_ending;
  if (code == CLD_EXITED) return " (its init exited with code " + std::to_string(status) + ")";
  return " (its init: " + signal_text(status) + ")";
}

// The box never got as far as running the program, or its setup failed: the sandbox's failure.
std::optional<std::string> setup_failure(const RunSpec& spec, const Plan& plan,
                                         const Supervision& sv, const RunResult& r) {
  if (sv.setup_failure) {
    auto step = static_cast<ChildStep>(sv.setup_failure->step);
    std::string message = std::string("box setup failed: ") + step_name(step);
    int index = sv.setup_failure->detail;
    if (step == ChildStep::Mount && index >= 0 &&
        static_cast<std::size_t>(index) < plan.mounts.size())
      message += std::string(" ") + plan.mounts[index].target;
    if (step == ChildStep::OpenSource && index >= 0 &&
        static_cast<std::size_t>(index) < plan.sources.size())
      message += std::string(" ") + plan.sources[index].path;
    return message + ": " + errno_text(sv.setup_failure->error);
  }
  if (sv.exec_error) return "cannot execute '" + spec.argv[0] + "': " + errno_text(*sv.exec_error);
  if (sv.killed == KillReason::SetupTimeout) return "box setup did not finish";
  // The program never ran: whatever ended the box (the OOM killer during setup, say) is not its
  // doing.
  if (!sv.exec_started)
    return r.oom_killed ? "the box ran out of memory before its program started (is the memory "
                          "limit too small?)"
                        : "the box ended before its program started" + init_ending_text(sv);
  return std::nullopt;
}

// How the program ended: its exit code or signal. False when nothing is known of it.
bool read_ending(const Supervision& sv, RunResult& r) {
  if (sv.wait_status) {
    int ws = *sv.wait_status;
    if (WIFEXITED(ws)) r.exit_code = WEXITSTATUS(ws);
    if (WIFSIGNALED(ws)) r.signal = WTERMSIG(ws);
    return true;
  }
  if (sv.killed != KillReason::None || r.oom_killed) {
    r.signal = SIGKILL;
    return true;
  }
  return false;
}

void verdict(RunResult& r, Status status, std::string message, TimeLimit limit = TimeLimit::None) {
  r.status = status;
  r.message = std::move(message);
  r.time_limit = limit;
}

std::string cpu_exceeded(const Limits& limits, const RunResult& r) {
  return "CPU time limit " +
         (limits.cpu_time ? base::format_duration(*limits.cpu_time) : std::string("?")) +
         " exceeded (" + ms(r.cpu_us) + " used)";
}

// The supervisor killed the box for a limit: that, not the SIGKILL that followed, is the verdict.
bool kill_verdict(const Limits& limits, const Supervision& sv, RunResult& r) {
  switch (sv.killed) {
    case KillReason::CpuTime:
      verdict(r, Status::TLE, cpu_exceeded(limits, r), TimeLimit::Cpu);
      return true;
    case KillReason::WallTime:
      verdict(r, Status::TLE,
              "wall time limit " + base::format_duration(*limits.wall_time) + " exceeded",
              TimeLimit::Wall);
      return true;
    case KillReason::Output:
      verdict(r, Status::OLE, "output limit " + base::format_size(*limits.output) + " exceeded");
      return true;
    case KillReason::Syscall:
      verdict(
          r, Status::RE,
          "forbidden system call: " + (r.denied_syscall ? *r.denied_syscall : std::string("?")));
      return true;
    case KillReason::Stopped:
      // It ended by itself, or the kernel ended it (an OOM kill), just before the stop landed:
      // that ending decides, not the stop.
      if (r.oom_killed || (sv.wait_status &&
                           !(WIFSIGNALED(*sv.wait_status) && WTERMSIG(*sv.wait_status) == SIGKILL)))
        return false;
      r.stopped = true;
      verdict(r, Status::RE, "stopped by the caller");
      return true;
    case KillReason::None:
    case KillReason::SetupTimeout: return false;
  }
  return false;
}

// Limits the kernel enforced (OOM kill, file size) or that the program crossed just as it ended.
bool limit_verdict(const Limits& limits, RunResult& r) {
  if (r.oom_killed) {
    verdict(r, Status::MLE,
            "memory limit " +
                (limits.memory ? base::format_size(*limits.memory) : std::string("?")) +
                " exceeded (the kernel's OOM killer stopped the box)");
    return true;
  }
  const bool file_too_big =
      r.signal == SIGXFSZ ||
      (limits.output && (r.stdout_bytes > *limits.output || r.stderr_bytes > *limits.output));
  if (file_too_big && limits.output) {
    verdict(r, Status::OLE, "output limit " + base::format_size(*limits.output) + " exceeded");
    return true;
  }
  if (limits.cpu_time && r.cpu_us >= static_cast<std::uint64_t>(limits.cpu_time->count())) {
    verdict(r, Status::TLE, cpu_exceeded(limits, r), TimeLimit::Cpu);
    return true;
  }
  return false;
}

// The program's own ending: a signal or a non-zero exit code is its runtime error.
std::optional<std::string> runtime_error(const RunResult& r) {
  if (r.signal)
    return "killed by signal " + std::to_string(*r.signal) + " (" + signal_text(*r.signal) + ")";
  if (r.exit_code && *r.exit_code != 0) return "exit code " + std::to_string(*r.exit_code);
  return std::nullopt;
}

// The program did its part, but what it left could not all be taken: the judge's fault. A failed
// collect weighs most, then stderr, then stdout.
std::optional<std::string> output_not_delivered(const RunSpec& spec, const Supervision& sv) {
  if (spec.collect && !sv.finished) return "the box's init did not finish taking files out";
  if (spec.collect && sv.collect_error)
    return "cannot take files out of the box: " + std::string(std::strerror(sv.collect_error));
  for (auto [name, err] :
       {std::pair{"stderr", sv.stderr_write_error}, std::pair{"stdout", sv.stdout_write_error}})
    if (err) return std::string("cannot write the box's ") + name + ": " + std::strerror(err);
  return std::nullopt;
}

}  // namespace

void decide_status(const RunSpec& spec, const Plan& plan, const Supervision& sv, RunResult& r) {
  // Its caller stopped it while it was being set up (RunSpec::stop): not the sandbox's failure.
  if (sv.killed == KillReason::Stopped && !sv.exec_started && !sv.setup_failure && !sv.exec_error) {
    r.stopped = true;
    return verdict(r, Status::RE, "stopped by the caller before its program started");
  }
  if (auto message = setup_failure(spec, plan, sv, r)) return verdict(r, Status::IE, *message);
  // Never fail open: without init's word on how the program ended, nothing is known.
  if (!read_ending(sv, r))
    return verdict(r, Status::IE, "the box ended without reporting how its program ended");
  if (kill_verdict(spec.limits, sv, r) || limit_verdict(spec.limits, r)) return;
  if (auto message = runtime_error(r)) return verdict(r, Status::RE, *message);
  if (auto message = output_not_delivered(spec, sv)) return verdict(r, Status::IE, *message);
  r.status = Status::OK;
}

}  // namespace sandbox
