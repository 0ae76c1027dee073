#include "tests/support/host_state.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "sandbox/mountinfo.h"
#include "base/owner.h"

namespace test {
namespace {

void find_cgroups(const std::string& dir, int depth, const std::string& token,
                  std::set<std::string>& out) {
  if (depth > 4) return;
  DIR* d = ::opendir(dir.c_str());
  if (!d) return;
  while (dirent* e = ::readdir(d)) {
    if (e->d_type != DT_DIR || e->d_name[0] == '.') continue;
    std::string name = e->d_name;
    if (name == "process_api") continue;  // not ours, never touched
    std::string path = dir + "/" + name;
    if (name.rfind(token + "-", 0) == 0) out.insert(path);
    find_cgroups(path, depth + 1, token, out);
  }
  ::closedir(d);
}

// Open fds, minus the box-slot locks a Sandbox keeps for reuse.
std::size_t count_fds() {
  std::size_t n = 0;
  if (DIR* d = ::opendir("/proc/self/fd")) {
    while (dirent* e = ::readdir(d)) {
      if (e->d_name[0] == '.') continue;
      char target[4096];
      ssize_t len = ::readlinkat(::dirfd(d), e->d_name, target, sizeof target - 1);
      std::string link(target, len > 0 ? static_cast<std::size_t>(len) : 0);
      if (link.find("/slots/slot-") == std::string::npos) ++n;
    }
    ::closedir(d);
  }
  return n - 1;  // the directory stream itself
}

}  // namespace

HostState HostState::capture() {
  HostState s;
  s.mount_count = sandbox::read_mountinfo().size();
  for (const auto& m : sandbox::read_mountinfo())
    if (m.fstype == "cgroup" || m.fstype == "cgroup2")
      find_cgroups(m.mount_point, 0, base::owner_token(), s.our_cgroups);
  s.fd_count = count_fds();
  return s;
}

std::vector<pid_t> processes_of_uid(uid_t uid) {
  std::vector<pid_t> pids;
  DIR* d = ::opendir("/proc");
  if (!d) return pids;
  while (dirent* e = ::readdir(d)) {
    char* end = nullptr;
    long pid = std::strtol(e->d_name, &end, 10);
    if (*end || pid <= 0) continue;
    struct stat st {};
    std::string path = std::string("/proc/") + e->d_name;
    if (::stat(path.c_str(), &st) == 0 && st.st_uid == uid) pids.push_back(static_cast<pid_t>(pid));
  }
  ::closedir(d);
  return pids;
}

std::uint64_t disk_flushes() {
  std::uint64_t total = 0;
  std::error_code ec;
  for (const auto& device : std::filesystem::directory_iterator("/sys/block", ec)) {
    std::ifstream stat(device.path() / "stat");
    std::uint64_t field = 0;
    for (int i = 1; i <= 16 && stat >> field; ++i)
      if (i == 16) total += field;
  }
  return total;
}

std::string leftovers(const HostState& before, const HostState& after) {
  std::ostringstream out;
  if (after.mount_count != before.mount_count)
    out << "host mounts changed: " << before.mount_count << " -> " << after.mount_count << "; ";
  for (const auto& cg : after.our_cgroups)
    if (!before.our_cgroups.count(cg)) out << "cgroup left: " << cg << "; ";
  if (after.fd_count != before.fd_count)
    out << "fds: " << before.fd_count << " -> " << after.fd_count << "; ";
  return out.str();
}

}  // namespace test
