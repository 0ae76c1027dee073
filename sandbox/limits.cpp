#include "sandbox/limits.h"

namespace sandbox {

microseconds default_wall_time(microseconds cpu_time) {
  return defaults::kWallPerCpu * cpu_time + defaults::kWallSlack;
}

std::optional<std::uint64_t> stack_limit(const Limits& limits) {
  if (limits.stack) return limits.stack;
  if (limits.memory) return defaults::kUnlimitedStack;
  return std::nullopt;
}

Limits with_defaults(Limits limits) {
  if (!limits.wall_time && limits.cpu_time) limits.wall_time = default_wall_time(*limits.cpu_time);
  if (!limits.pids) limits.pids = defaults::kPids;
  if (!limits.output) limits.output = defaults::kOutput;
  limits.stack = stack_limit(limits);
  return limits;
}

Limits compile_box_limits() {
  Limits limits;
  limits.cpu_time = defaults::kCompileCpuTime;
  limits.wall_time = defaults::kCompileWallTime;
  limits.memory = defaults::kCompileMemory;
  limits.output = defaults::kCompileOutput;
  limits.pids = defaults::kCompilePids;
  limits.disk = defaults::kCompileDisk;
  return limits;
}

}  // namespace sandbox
