// What a run could leave behind on the host, to compare before and after.
#pragma once

#include <sys/types.h>

#include <cstdint>

#include <set>
#include <string>
#include <vector>

namespace test {

struct HostState {
  std::size_t mount_count =
      0;  // lines of /proc/self/mountinfo (box mounts live in their own namespace)
  std::set<std::string> our_cgroups;  // cgroup directories named after this process (owner token)
  std::size_t fd_count = 0;           // this process's open fds

  static HostState capture();
};

// Host processes running as `uid`.
std::vector<pid_t> processes_of_uid(uid_t uid);

// Cache flushes completed by all of the host's block devices (field 16 of /sys/block/*/stat, Linux
// 5.5 and later): what a flush storm drives up. 0 on a host without block devices.
std::uint64_t disk_flushes();

// Describes the differences, or "" when `after` leaves nothing behind `before`.
std::string leftovers(const HostState& before, const HostState& after);

}  // namespace test
