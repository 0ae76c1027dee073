// Pieces both cgroup backends share: directory handling, removal, stale sweeps.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

#include "sandbox/fd.h"

namespace sandbox::cgroup_detail {

// mkdir -p; existing directories are fine. True when `path` itself was created now.
bool make_dirs(const std::string& path);
UniqueFd open_dir(const std::string& path);

// PIDs listed in DIR/cgroup.procs.
std::vector<pid_t> procs_of(int dirfd);
// SIGKILLs every process listed in cgroup.procs until it stays empty (bounded tries).
bool kill_procs_until_empty(int dirfd);
// rmdir with a short retry: a cgroup stays busy for a moment after its last process is reaped.
bool remove_dir(const std::string& path);
// Child directories of `parent` whose names mark a dead owner (see owner.h).
std::vector<std::string> stale_children(const std::string& parent);

// "1.5" CPUs -> quota for a period of `period_us`.
long quota_us(double cpus, long period_us);
// Resolves "/dev/sda" or "8:0" to "8:0" (throws SandboxError).
std::string device_numbers(const std::string& device);

}  // namespace sandbox::cgroup_detail
