// /proc/self/mountinfo, parsed.
#pragma once

#include <string>
#include <vector>

namespace sandbox {

struct MountEntry {
  std::string root;  // path within the filesystem
  std::string mount_point;
  std::string fstype;
  std::string source;
  std::string super_options;  // comma-separated, e.g. "rw,cpu,cpuacct"
  bool has_super_option(const std::string& option) const;
};

std::vector<MountEntry> read_mountinfo(const std::string& path = "/proc/self/mountinfo");

}  // namespace sandbox
