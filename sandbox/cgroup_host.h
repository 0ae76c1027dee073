// What the sandbox's users see of cgroups: how to choose them, and what they offer on this host.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace sandbox {

struct CgroupOptions {
  std::optional<std::string>
      root;  // parent cgroup directory for the boxes (absolute path in cgroupfs)
  std::optional<std::string> version;  // "v1" / "v2" to force a backend
};

// What the host's cgroups offer the boxes (Sandbox::host()), so that callers adapt to the host
// without knowing controller names per version.
struct HostCgroups {
  std::string version;                   // "v1" or "v2"
  std::string parent;                    // where box cgroups are made
  std::vector<std::string> controllers;  // usable for limits, as this version names them
  bool memory_limit = false;             // Limits::memory can be enforced
  bool pids_limit = false;               // Limits::pids can be enforced
  bool cpu_time = false;                 // the boxes' CPU time is measured (v1 cpuacct, v2 cpu)
  bool can_pin = false;                  // Limits::cpuset can pin boxes to CPUs
};

}  // namespace sandbox
