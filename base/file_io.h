// Small whole-file reads and writes, mostly for /proc and cgroup files.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace base {

// Reads a whole (small) file; nullopt when it cannot be opened.
std::optional<std::string> read_file(const std::string& path);
std::optional<std::string> read_file_at(int dirfd, const char* name);
// Reads from offset 0 of an open fd into `out` (no allocation beyond `out`'s growth).
bool pread_all(int fd, std::string& out);

// Writes `value` to an existing file (O_WRONLY, no create); throws base::SystemError naming the
// path.
void write_file(const std::string& path, std::string_view value);
void write_file_at(int dirfd, const char* name, std::string_view value, const std::string& context);
// Same, but returns errno (0 on success) instead of throwing.
int try_write_file_at(int dirfd, const char* name, std::string_view value);

// Looks up "key value" lines (cgroup stat files); nullopt when the key is absent.
std::optional<std::uint64_t> keyed_value(std::string_view text, std::string_view key);

// The fields of a /proc/PID/stat line after the command name (which may hold spaces and
// parentheses): element 0 is field 3. Views into `stat`; empty when the line is malformed.
std::vector<std::string_view> stat_fields_after_comm(std::string_view stat);

}  // namespace base
