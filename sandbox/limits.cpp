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

namespace {

Limits box_limits(microseconds cpu_time, microseconds wall_time, std::uint64_t memory,
                  std::uint64_t output, std::uint32_t pids) {
  Limits limits;
  limits.cpu_time = cpu_time;
  limits.wall_time = wall_time;
  limits.memory = memory;
  limits.output = output;
  limits.pids = pids;
  return limits;
}

}  // namespace

Limits compile_box_limits() {
  Limits limits =
      box_limits(defaults::kCompileCpuTime, defaults::kCompileWallTime, defaults::kCompileMemory,
                 defaults::kCompileOutput, defaults::kCompilePids);
  limits.disk = defaults::kCompileDisk;
  return limits;
}

Limits checker_box_limits() {
  return box_limits(defaults::kCheckerCpuTime, defaults::kCheckerWallTime, defaults::kCheckerMemory,
                    defaults::kCheckerOutput, defaults::kCheckerPids);
}

}  // namespace sandbox
