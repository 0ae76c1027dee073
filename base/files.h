// The file system calls the judge makes beyond std::filesystem: opening without following links,
// locks, file identities and times, directories made with an exact mode. Failures come back as an
// empty fd, nullopt, false or an errno (errno set): the caller knows what the failure means.
#pragma once

#include <sys/stat.h>

#include <filesystem>
#include <optional>
#include <string_view>

#include "base/fd.h"

namespace base {

// Read only, never through a link.
UniqueFd open_file(const std::filesystem::path& path);
UniqueFd open_dir(const std::filesystem::path& path);
// For writing, never through a link: emptied if it exists, else made with `mode`.
UniqueFd create_file(const std::filesystem::path& path, mode_t mode);
// For a lock: read-write, never through a link, made with `mode` if absent.
UniqueFd open_lock_file(const std::filesystem::path& path, mode_t mode);
// Reads what is there, up to `size` bytes (0 at the end); -1 with errno set on failure.
long read_some(int fd, char* buffer, std::size_t size);

// Made private, then given `mode` exactly, whatever the umask. 0, or the errno of the failure.
int make_dir(const std::filesystem::path& path, mode_t mode);
// Creates `path` (never replacing anything) holding `text`, with `mode`; false, with nothing left
// behind, when it cannot.
bool write_new_file(const std::filesystem::path& path, std::string_view text, mode_t mode);

enum class Lock { Shared, Exclusive };
// flock(2). With `wait`, waits for it (through signals); without, false when another holds it.
bool lock_file(int fd, Lock lock, bool wait);

enum class Links { Follow, NoFollow };
std::optional<struct stat> status_of(const std::filesystem::path& path, Links links);
std::optional<struct stat> status_of(int fd);
// A directory named `name` in `dir` (not a link to one).
bool is_dir_at(int dir, const char* name);
// Whether `path` (not followed) names the file open as `fd`.
bool names_file(const std::filesystem::path& path, int fd);
// Owned by this process's effective uid.
bool is_ours(const struct stat& st);
bool is_executable(const std::string& path);
// Sets the open file's access and modification times to now.
void touch(int fd);

// Makes the open regular file ours (owner, group, `mode` exactly) and gives it the name `name` in
// `to_dir`, through /proc/self/fd: the open file itself, not whatever its old name means by now.
// False when any step fails (another filesystem, no /proc).
bool take_and_link(int fd, mode_t mode, int to_dir, const char* name);

}  // namespace base
