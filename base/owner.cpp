#include "base/owner.h"

#include <sys/stat.h>
#include <unistd.h>

#include <optional>

#include "base/file_io.h"

namespace base {
namespace {

// Field 22 of /proc/PID/stat.
std::optional<std::string> start_time_of(long pid) {
  auto stat = read_file("/proc/" + std::to_string(pid) + "/stat");
  if (!stat) return std::nullopt;
  auto fields = stat_fields_after_comm(*stat);
  if (fields.size() < 20) return std::nullopt;
  return std::string(fields[22 - 3]);
}

std::string pid_namespace() {
  struct stat st {};
  return ::stat("/proc/self/ns/pid", &st) == 0 ? std::to_string(st.st_ino) : "0";
}

}  // namespace

const std::string& owner_token() {
  // Recomputed after a fork, so a child never names its resources after its parent.
  thread_local long cached_pid = 0;
  thread_local std::string token;
  long pid = ::getpid();
  if (pid != cached_pid) {
    token = std::to_string(pid) + "-" + start_time_of(pid).value_or("0") + "-" + pid_namespace();
    cached_pid = pid;
  }
  return token;
}

bool is_stale_owner(std::string_view name) {
  // pid, start time, pid namespace: three runs of digits joined by '-'.
  std::string_view field[3];
  for (auto& f : field) {
    std::size_t end = name.find('-');
    f = name.substr(0, end);
    if (f.empty() || f.find_first_not_of("0123456789") != std::string_view::npos) return false;
    name = end == std::string_view::npos ? std::string_view() : name.substr(end + 1);
  }
  static const std::string own_namespace = pid_namespace();
  if (field[2] != own_namespace) return false;
  long pid = std::strtol(std::string(field[0]).c_str(), nullptr, 10);
  auto live = start_time_of(pid);
  return !live || *live != field[1];
}

}  // namespace base
