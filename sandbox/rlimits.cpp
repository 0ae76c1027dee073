#include "sandbox/rlimits.h"

#include <sys/resource.h>

#include <cerrno>

#include "base/file_io.h"

namespace sandbox::rlimits {

bool core_pattern_is_pipe() {
  auto pattern = base::read_file("/proc/sys/kernel/core_pattern");
  return pattern && !pattern->empty() && (*pattern)[0] == '|';
}

void plan(const Limits& limits, bool core_pattern_is_pipe, Plan& plan) {
  auto& r = plan.rlimits;
  // A core_pattern that pipes to a program (systemd-coredump, apport) ignores RLIMIT_CORE = 0 and
  // would hand the box's memory to a root helper on the host; 1 is the kernel's "never" for pipes
  // (its guard against recursive dumps), and below a page, no file dump happens either.
  r.push_back({RLIMIT_CORE, core_pattern_is_pipe ? 1u : 0u});
  r.push_back({RLIMIT_RTPRIO, 0});
  r.push_back({RLIMIT_NICE, 0});
  // Unset limits stay as inherited: raising a hard limit is not ours to do.
  if (auto stack = stack_limit(limits))
    r.push_back({RLIMIT_STACK, *stack == defaults::kUnlimitedStack ? RLIM_INFINITY
                                                                   : static_cast<rlim_t>(*stack)});
  // One byte past the limit, so that output of exactly the limit is still allowed and OLE is
  // "more than the limit" everywhere.
  if (limits.output) r.push_back({RLIMIT_FSIZE, static_cast<rlim_t>(*limits.output + 1)});
  r.push_back({RLIMIT_NOFILE, limits.open_files});
  if (limits.cpu_time) {
    auto seconds = std::chrono::ceil<std::chrono::seconds>(*limits.cpu_time).count() + 1;
    r.push_back({RLIMIT_CPU, static_cast<rlim_t>(seconds)});
  }
  if (limits.address_space) r.push_back({RLIMIT_AS, static_cast<rlim_t>(*limits.address_space)});
  r.push_back({RLIMIT_MEMLOCK, 0});
  r.push_back({RLIMIT_MSGQUEUE, 0});
  // Queued signals count against every user namespace level above the box too, up to the host
  // root that made it: unbounded, a box could use up root's own quota (timer_create fails then).
  r.push_back({RLIMIT_SIGPENDING, 64});
}

int apply(const Plan& plan) {
  for (const Rlimit& limit : plan.rlimits) {
    struct rlimit value {
      limit.value, limit.value
    };
    if (::setrlimit(limit.resource, &value) != 0) return errno;
  }
  return 0;
}

}  // namespace sandbox::rlimits
