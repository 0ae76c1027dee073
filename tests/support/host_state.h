// What a run could leave behind on the host, to compare before and after.
#pragma once

#include <sys/types.h>

#include <set>
#include <string>
#include <vector>

namespace test {

struct HostState {
  std::size_t mount_count = 0;         // lines of /proc/self/mountinfo (box mounts live in their own namespace)
  std::set<std::string> our_cgroups;   // cgroup directories named after this process (owner token)
  std::size_t fd_count = 0;            // this process's open fds

  static HostState capture();
};

// Host processes running as `uid`.
std::vector<pid_t> processes_of_uid(uid_t uid);

// Describes the differences, or "" when `after` leaves nothing behind `before`.
std::string leftovers(const HostState& before, const HostState& after);

}  // namespace test
