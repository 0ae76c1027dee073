// The cgroup interface the run path needs (sandbox.cpp, supervisor, status). The backends
// (cgroup_v1.cpp, cgroup_v2.cpp) share stages and writers declared in cgroup_internal.h;
// make_cgroup_backend is in cgroup_backend.cpp.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sandbox/cgroup_host.h"
#include "sandbox/spec.h"

namespace sandbox {

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

// How the box's first process enters its cgroup, cheapest first:
// - born there: clone3(CLONE_INTO_CGROUP) with `clone_into_fd` (v2);
// - moving itself: init writes "0" to each of `self_join_fds`, opened by the judge, before
//   anything else (v1, which has no CLONE_INTO_CGROUP);
// - attached by the judge (attach_unless_born): where the kernel refused `clone_into_fd`
//   (Linux before 5.7), the judge writes its pid to cgroup.procs before releasing it.
struct CgroupJoin {
  int clone_into_fd = -1;
  std::vector<int> self_join_fds;
  std::string path;  // of the directory of clone_into_fd, for messages

  // Called once the box's init exists, before it is released. Throws SandboxError.
  void attach_unless_born(pid_t pid, bool born_in_cgroup) const;
};

// One box's cgroup. Destruction kills whatever is left in it and removes it.
class BoxCgroup {
 public:
  virtual ~BoxCgroup() = default;
  virtual CgroupJoin join() const = 0;
  // Called often while the box runs: one pread, no allocation.
  virtual std::uint64_t cpu_usage_us() = 0;
  // Open counter files the box's init reads just before it starts the program, so that the CPU
  // time of setting up the box is not charged to the program; and how to read what it read.
  virtual std::vector<int> cpu_counter_fds() const = 0;
  virtual CpuUsage parse_cpu_counters(const std::vector<std::string_view>& texts) const = 0;
  virtual CgroupAccounting accounting() = 0;
  virtual void kill_all() = 0;
  // Writes the run's limits. create() does it; a cgroup made ahead (create_ahead) gets them when a
  // run takes it, before its box exists. Throws SandboxError.
  virtual void write_limits(const Limits& limits) = 0;
};

class CgroupBackend {
 public:
  virtual ~CgroupBackend() = default;
  virtual std::string_view version() const = 0;  // "v1" or "v2"
  // `name` is unique among live boxes; it begins with the owner token (see owner.h). Throws
  // SandboxError naming the controller when a limit needs one that is missing.
  virtual std::unique_ptr<BoxCgroup> create(const std::string& name, const Limits& limits) = 0;
  // A cgroup made ahead of its run (cgroup_pool.h): in the hierarchies every box joins whatever
  // its limits (v1: cpuacct, memory, pids; v2: the one leaf), no limit written. Throws
  // SandboxError.
  virtual std::unique_ptr<BoxCgroup> create_ahead(const std::string& name) = 0;
  // Whether a cgroup made ahead can take `limits`: not when they need a hierarchy it has not
  // joined (v1: cpu, cpuset, blkio) or a controller the host lacks (create() says which).
  virtual bool fits_ahead(const Limits& limits) const = 0;
  // Removes cgroups left by judges that died (killing what is inside them).
  virtual void remove_stale() = 0;
  // Controllers usable for limits, e.g. {"cpu", "memory", "pids"}.
  virtual std::vector<std::string> controllers() const = 0;
  virtual std::string parent_path() const = 0;
};

// Picks the backend from the mounts in /proc/self/mountinfo: v2 when the unified hierarchy has the
// controllers, else v1. Throws SandboxError when neither is usable.
std::unique_ptr<CgroupBackend> make_cgroup_backend(const CgroupOptions& options);

// What `backend` offers, in the terms of HostCgroups.
HostCgroups describe(const CgroupBackend& backend);

}  // namespace sandbox
