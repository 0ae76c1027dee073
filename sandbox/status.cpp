#include "sandbox/status.h"

#include <signal.h>
#include <sys/wait.h>

#include <cstring>

#include "sandbox/error.h"
#include "sandbox/units.h"

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

}  // namespace

void decide_status(const RunSpec& spec, const Plan& plan, const Supervision& sv, RunResult& r) {
  const Limits& limits = spec.limits;
  if (sv.setup_failure) {
    auto step = static_cast<ChildStep>(sv.setup_failure->step);
    r.status = Status::IE;
    r.message = std::string("box setup failed: ") + step_name(step);
    int index = sv.setup_failure->detail;
    if (step == ChildStep::Mount && index >= 0 &&
        static_cast<std::size_t>(index) < plan.mounts.size())
      r.message += std::string(" ") + plan.mounts[index].target;
    if (step == ChildStep::OpenSource && index >= 0 &&
        static_cast<std::size_t>(index) < plan.sources.size())
      r.message += std::string(" ") + plan.sources[index].path;
    r.message += ": " + errno_text(sv.setup_failure->error);
    return;
  }
  if (sv.exec_error) {
    r.status = Status::IE;
    r.message = "cannot execute '" + spec.argv[0] + "': " + errno_text(*sv.exec_error);
    return;
  }
  if (sv.killed == KillReason::SetupTimeout) {
    r.status = Status::IE;
    r.message = "box setup did not finish";
    return;
  }
  if (!sv.exec_started) {
    // The program never ran: whatever ended the box (the OOM killer during setup, say) is not its
    // doing.
    r.status = Status::IE;
    r.message = r.oom_killed ? "the box ran out of memory before its program started (is the "
                               "memory limit too small?)"
                             : "the box ended before its program started";
    return;
  }
  if (sv.wait_status) {
    int ws = *sv.wait_status;
    if (WIFEXITED(ws)) r.exit_code = WEXITSTATUS(ws);
    if (WIFSIGNALED(ws)) r.signal = WTERMSIG(ws);
  } else if (sv.killed != KillReason::None || r.oom_killed) {
    r.signal = SIGKILL;
  } else {
    // Never fail open: without init's word on how the program ended, nothing is known.
    r.status = Status::IE;
    r.message = "the box ended without reporting how its program ended";
    return;
  }

  const bool file_too_big =
      r.signal == SIGXFSZ ||
      (limits.output && (r.stdout_bytes > *limits.output || r.stderr_bytes > *limits.output));
  const bool cpu_over =
      limits.cpu_time && r.cpu_us >= static_cast<std::uint64_t>(limits.cpu_time->count());
  switch (sv.killed) {
    case KillReason::CpuTime:
      r.status = Status::TLE;
      r.time_limit = TimeLimit::Cpu;
      r.message = "CPU time limit " + format_duration(*limits.cpu_time) + " exceeded (" +
                  ms(r.cpu_us) + " used)";
      return;
    case KillReason::WallTime:
      r.status = Status::TLE;
      r.time_limit = TimeLimit::Wall;
      r.message = "wall time limit " + format_duration(*limits.wall_time) + " exceeded";
      return;
    case KillReason::Output:
      r.status = Status::OLE;
      r.message = "output limit " + format_size(*limits.output) + " exceeded";
      return;
    case KillReason::Syscall:
      r.status = Status::RE;
      r.message =
          "forbidden system call: " + (r.denied_syscall ? *r.denied_syscall : std::string("?"));
      return;
    case KillReason::None:
    case KillReason::SetupTimeout: break;
  }
  if (r.oom_killed) {
    r.status = Status::MLE;
    r.message = "memory limit " + (limits.memory ? format_size(*limits.memory) : std::string("?")) +
                " exceeded (the kernel's OOM killer stopped the box)";
    return;
  }
  if (file_too_big && limits.output) {
    r.status = Status::OLE;
    r.message = "output limit " + format_size(*limits.output) + " exceeded";
    return;
  }
  if (cpu_over) {
    r.status = Status::TLE;
    r.time_limit = TimeLimit::Cpu;
    r.message = "CPU time limit " +
                (limits.cpu_time ? format_duration(*limits.cpu_time) : std::string("?")) +
                " exceeded (" + ms(r.cpu_us) + " used)";
    return;
  }
  if (r.signal) {
    r.status = Status::RE;
    r.message =
        "killed by signal " + std::to_string(*r.signal) + " (" + signal_text(*r.signal) + ")";
    return;
  }
  if (r.exit_code && *r.exit_code != 0) {
    r.status = Status::RE;
    r.message = "exit code " + std::to_string(*r.exit_code);
    return;
  }
  r.status = Status::OK;
}

}  // namespace sandbox
