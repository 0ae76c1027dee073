#include "sandbox/owner.h"

#include <unistd.h>

#include <charconv>
#include <optional>

#include "sandbox/file_io.h"

namespace sandbox {
namespace {

// Field 22 of /proc/PID/stat; the command name (field 2) may contain spaces and parentheses.
std::optional<std::string> start_time_of(long pid) {
  auto stat = read_file("/proc/" + std::to_string(pid) + "/stat");
  if (!stat) return std::nullopt;
  auto close = stat->rfind(')');
  if (close == std::string::npos) return std::nullopt;
  std::string_view rest(*stat);
  rest.remove_prefix(close + 2);
  for (int field = 3; field < 22; ++field) {
    auto space = rest.find(' ');
    if (space == std::string_view::npos) return std::nullopt;
    rest.remove_prefix(space + 1);
  }
  return std::string(rest.substr(0, rest.find(' ')));
}

}  // namespace

const std::string& owner_token() {
  // Recomputed after a fork, so a child never names its resources after its parent.
  thread_local long cached_pid = 0;
  thread_local std::string token;
  long pid = ::getpid();
  if (pid != cached_pid) {
    token = std::to_string(pid) + "-" + start_time_of(pid).value_or("0");
    cached_pid = pid;
  }
  return token;
}

bool is_stale_owner(std::string_view name) {
  long pid = 0;
  auto [p, ec] = std::from_chars(name.data(), name.data() + name.size(), pid);
  if (ec != std::errc() || pid <= 0 || p == name.data() + name.size() || *p != '-') return false;
  std::string_view rest(p + 1, static_cast<std::size_t>(name.data() + name.size() - p - 1));
  std::string_view start = rest.substr(0, rest.find_first_of("-."));
  if (start.empty() || start.find_first_not_of("0123456789") != std::string_view::npos) return false;
  auto live = start_time_of(pid);
  return !live || *live != start;
}

}  // namespace sandbox
