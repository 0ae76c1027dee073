// Choosing the cgroup backend for this host, and describing what it offers to the sandbox's users.
#include "sandbox/cgroup_internal.h"
#include "base/file_io.h"
#include "sandbox/mountinfo.h"

namespace sandbox {

using cgroup_detail::contains;

std::unique_ptr<CgroupBackend> make_cgroup_backend(const CgroupOptions& options) {
  using cgroup_detail::make_cgroup_v1;
  using cgroup_detail::make_cgroup_v2;
  if (options.version == "v1") return make_cgroup_v1(options);
  if (options.version == "v2") return make_cgroup_v2(options);
  // v2 when the unified hierarchy carries the memory and cpu controllers (pure v2 or a hybrid that
  // moved them there); otherwise the v1 hierarchies.
  const std::vector<MountEntry> mounts = read_mountinfo();
  for (const MountEntry& m : mounts) {
    if (m.fstype != "cgroup2") continue;
    auto controllers =
        cgroup_detail::words(base::read_file(m.mount_point + "/cgroup.controllers").value_or(""));
    if (contains(controllers, "memory") && contains(controllers, "cpu"))
      return make_cgroup_v2(options, mounts);
  }
  return make_cgroup_v1(options, mounts);
}

HostCgroups describe(const CgroupBackend& backend) {
  HostCgroups host;
  host.version = std::string(backend.version());
  host.parent = backend.parent_path();
  host.controllers = backend.controllers();
  host.memory_limit = contains(host.controllers, "memory");
  host.pids_limit = contains(host.controllers, "pids");
  // v1 measures CPU time with cpuacct (always mounted, or there is no v1 backend); v2 with cpu.
  host.cpu_time = contains(host.controllers, "cpu") || contains(host.controllers, "cpuacct");
  host.can_pin = contains(host.controllers, "cpuset");
  return host;
}

}  // namespace sandbox
