#include "base/file_io.h"

#include <fcntl.h>
#include <unistd.h>

#include <charconv>

#include "base/error.h"
#include "base/fd.h"

namespace base {

bool pread_all(int fd, std::string& out) {
  out.clear();
  char buf[4096];
  off_t off = 0;
  for (;;) {
    ssize_t n = ::pread(fd, buf, sizeof buf, off);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    if (n == 0) return true;
    out.append(buf, static_cast<std::size_t>(n));
    off += n;
  }
}

std::optional<std::string> read_file_at(int dirfd, const char* name) {
  UniqueFd fd(::openat(dirfd, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
  if (!fd) return std::nullopt;
  std::string out;
  if (!pread_all(fd.get(), out)) return std::nullopt;
  return out;
}

std::optional<std::string> read_file(const std::string& path) {
  return read_file_at(AT_FDCWD, path.c_str());
}

int try_write_file_at(int dirfd, const char* name, std::string_view value) {
  UniqueFd fd(::openat(dirfd, name, O_WRONLY | O_CLOEXEC | O_NOFOLLOW));
  if (!fd) return errno;
  ssize_t n = ::write(fd.get(), value.data(), value.size());
  if (n < 0) return errno;
  if (static_cast<std::size_t>(n) != value.size()) return EIO;
  return 0;
}

void write_file_at(int dirfd, const char* name, std::string_view value,
                   const std::string& context) {
  if (int err = try_write_file_at(dirfd, name, value))
    throw_system_error("cannot write '" + std::string(value) + "' to " + context + "/" + name, err);
}

void write_file(const std::string& path, std::string_view value) {
  if (int err = try_write_file_at(AT_FDCWD, path.c_str(), value))
    throw_system_error("cannot write '" + std::string(value) + "' to " + path, err);
}

std::optional<std::uint64_t> keyed_value(std::string_view text, std::string_view key) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.size() > key.size() && line.substr(0, key.size()) == key && line[key.size()] == ' ') {
      std::string_view rest = line.substr(key.size() + 1);
      std::uint64_t value = 0;
      auto [p, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), value);
      if (ec == std::errc()) return value;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::vector<std::string_view> stat_fields_after_comm(std::string_view stat) {
  std::vector<std::string_view> fields;
  auto close = stat.rfind(')');
  if (close == std::string_view::npos || close + 2 > stat.size()) return fields;
  stat.remove_prefix(close + 2);
  while (!stat.empty()) {
    auto space = stat.find_first_of(" \n");
    fields.push_back(stat.substr(0, space));
    if (space == std::string_view::npos) break;
    stat.remove_prefix(space + 1);
  }
  return fields;
}

}  // namespace base
