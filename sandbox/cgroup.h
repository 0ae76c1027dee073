// The cgroup interface the sandbox needs; cgroup_v1.cpp and cgroup_v2.cpp implement it.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sandbox/spec.h"

namespace sandbox {

struct CgroupLimits {
  std::optional<std::uint64_t> memory;
  std::optional<std::uint32_t> pids;
  std::optional<double> cpus;
  std::optional<std::uint32_t> cpu_weight;
  std::optional<std::string> cpuset;
  std::vector<Limits::IoThrottle> io;
};

// total is exact (scheduler runtime). user and sys may be tick-sampled (cgroup v1's
// cpuacct.usage_user/usage_sys): they are used as weights to split the total.
struct CpuUsage {
  std::uint64_t total_us = 0, user_us = 0, sys_us = 0;
  // What was used after `base`, with user + sys == total.
  CpuUsage minus(const CpuUsage& base) const;
};

struct CgroupAccounting {
  CpuUsage cpu;
  std::uint64_t memory_peak = 0;
  bool memory_peak_exact = true;
  bool oom_killed = false;
  std::optional<std::uint64_t> pids_peak;
  std::optional<std::uint64_t> io_read_bytes, io_write_bytes;
};

// One box's cgroup. Destruction kills whatever is left in it and removes it.
class BoxCgroup {
 public:
  virtual ~BoxCgroup() = default;
  // How the box's first process gets into the cgroup, cheapest first: born there (a directory fd
  // for clone3(CLONE_INTO_CGROUP), else -1); moving itself (it writes "0" to each of these fds,
  // opened by the judge, before anything else); or attached by the judge when both are empty.
  virtual int clone_into_fd() const { return -1; }
  virtual std::vector<int> self_join_fds() const { return {}; }
  virtual void attach(pid_t pid) = 0;
  // Called often while the box runs: one pread, no allocation.
  virtual std::uint64_t cpu_usage_us() = 0;
  // Open counter files the box's init reads just before it starts the program, so that the CPU
  // time of setting up the box is not charged to the program; and how to read what it read.
  virtual std::vector<int> cpu_counter_fds() const = 0;
  virtual CpuUsage parse_cpu_counters(const std::vector<std::string_view>& texts) const = 0;
  virtual CgroupAccounting accounting() = 0;
  virtual void kill_all() = 0;
};

class CgroupBackend {
 public:
  virtual ~CgroupBackend() = default;
  virtual std::string_view version() const = 0;  // "v1" or "v2"
  // `name` is unique among live boxes; it begins with the owner token (see owner.h).
  virtual std::unique_ptr<BoxCgroup> create(const std::string& name,
                                            const CgroupLimits& limits) = 0;
  // Removes cgroups left by judges that died (killing what is inside them).
  virtual void remove_stale() = 0;
  // Controllers usable for limits, e.g. {"cpu", "memory", "pids"}.
  virtual std::vector<std::string> controllers() const = 0;
  virtual std::string parent_path() const = 0;
};

struct CgroupOptions {
  std::optional<std::string>
      root;  // parent cgroup directory for the boxes (absolute path in cgroupfs)
  std::optional<std::string> version;  // "v1" / "v2" to force a backend
};

// Picks the backend from the mounts in /proc/self/mountinfo: v2 when the unified hierarchy has the
// controllers, else v1. Throws SandboxError when neither is usable.
std::unique_ptr<CgroupBackend> make_cgroup_backend(const CgroupOptions& options);

std::unique_ptr<CgroupBackend> make_cgroup_v1(const CgroupOptions& options);
std::unique_ptr<CgroupBackend> make_cgroup_v2(const CgroupOptions& options);

}  // namespace sandbox
