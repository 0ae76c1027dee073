// Utils: directories, processes, removal and stale sweeps of cgroups, for both versions.
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <thread>

#include "sandbox/cgroup_internal.h"
#include "sandbox/error.h"
#include "base/file_io.h"
#include "base/owner.h"

namespace sandbox {

CpuUsage CpuUsage::minus(const CpuUsage& base) const {
  auto sub = [](std::uint64_t a, std::uint64_t b) { return a > b ? a - b : 0; };
  CpuUsage d{sub(total_us, base.total_us), sub(user_us, base.user_us), sub(sys_us, base.sys_us)};
  // Split the exact total by the sampled weights of the same interval, or of the whole run when
  // the interval was too short for a sample; with no sample at all, it was kernel work (exec).
  double u = static_cast<double>(d.user_us), s = static_cast<double>(d.sys_us);
  if (u + s == 0) {
    u = static_cast<double>(user_us);
    s = static_cast<double>(sys_us);
  }
  d.user_us =
      u + s > 0 ? static_cast<std::uint64_t>(static_cast<double>(d.total_us) * u / (u + s)) : 0;
  d.sys_us = d.total_us - d.user_us;
  return d;
}

}  // namespace sandbox

namespace sandbox::cgroup_detail {

bool make_dirs(const std::string& path) {
  if (::mkdir(path.c_str(), 0755) == 0) return true;
  if (errno == EEXIST) return false;
  std::size_t slash = path.rfind('/');
  if (errno != ENOENT || slash == 0 || slash == std::string::npos)
    throw_errno("cannot create cgroup " + path);
  make_dirs(path.substr(0, slash));
  if (::mkdir(path.c_str(), 0755) == 0) return true;
  if (errno != EEXIST) throw_errno("cannot create cgroup " + path);
  return false;
}

base::UniqueFd open_dir(const std::string& path) {
  base::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!fd) throw_errno("cannot open cgroup " + path);
  return fd;
}

std::vector<pid_t> procs_of(int dirfd) {
  std::vector<pid_t> pids;
  auto text = base::read_file_at(dirfd, "cgroup.procs");
  if (!text) return pids;
  const char* p = text->data();
  const char* end = p + text->size();
  while (p < end) {
    pid_t pid = 0;
    auto [next, ec] = std::from_chars(p, end, pid);
    if (ec == std::errc()) pids.push_back(pid);
    p = next + 1;
  }
  return pids;
}

bool kill_procs_until_empty(int dirfd) {
  for (int attempt = 0; attempt < 1000; ++attempt) {
    auto pids = procs_of(dirfd);
    if (pids.empty()) return true;
    for (pid_t pid : pids) ::kill(pid, SIGKILL);
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return false;
}

bool remove_dir(const std::string& path) {
  for (int attempt = 0; attempt < 200; ++attempt) {
    if (::rmdir(path.c_str()) == 0 || errno == ENOENT) return true;
    if (errno != EBUSY) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(attempt < 10 ? 1 : 10));
  }
  return false;
}

std::vector<std::string> stale_children(const std::string& parent) {
  std::vector<std::string> names;
  DIR* dir = ::opendir(parent.c_str());
  if (!dir) return names;
  while (dirent* entry = ::readdir(dir)) {
    if (entry->d_type == DT_DIR && base::is_stale_owner(entry->d_name))
      names.emplace_back(entry->d_name);
  }
  ::closedir(dir);
  return names;
}

std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while ((pos = text.find_first_not_of(" \n", pos)) != std::string::npos) {
    std::size_t end = text.find_first_of(" \n", pos);
    out.push_back(text.substr(pos, end - pos));
    pos = end;
  }
  return out;
}

bool contains(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace sandbox::cgroup_detail
