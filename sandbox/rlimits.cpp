#include "sandbox/rlimits.h"

#include <sys/resource.h>

#include <cerrno>

namespace sandbox::rlimits {

void plan(const Limits& limits, Plan& plan) {
  auto& r = plan.rlimits;
  r.push_back({RLIMIT_CORE, 0});
  // Unset limits stay as inherited: raising a hard limit is not ours to do.
  if (auto stack = limits.stack ? limits.stack : limits.memory) r.push_back({RLIMIT_STACK, static_cast<rlim_t>(*stack)});
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
}

int apply(const Plan& plan) {
  for (const Rlimit& limit : plan.rlimits) {
    struct rlimit value {limit.value, limit.value};
    if (::setrlimit(limit.resource, &value) != 0) return errno;
  }
  return 0;
}

}  // namespace sandbox::rlimits
