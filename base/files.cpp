#include "base/files.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <string>

namespace base {

UniqueFd open_file(const std::filesystem::path& path) {
  return UniqueFd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
}

UniqueFd open_dir(const std::filesystem::path& path) {
  return UniqueFd(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
}

UniqueFd create_file(const std::filesystem::path& path, mode_t mode) {
  return UniqueFd(
      ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode));
}

UniqueFd open_lock_file(const std::filesystem::path& path, mode_t mode) {
  return UniqueFd(::open(path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, mode));
}

long read_some(int fd, char* buffer, std::size_t size) {
  ssize_t n;
  do n = ::read(fd, buffer, size);
  while (n < 0 && errno == EINTR);
  return n;
}

int make_dir(const std::filesystem::path& path, mode_t mode) {
  if (::mkdir(path.c_str(), 0700) != 0 || ::chmod(path.c_str(), mode) != 0) return errno;
  return 0;
}

bool write_new_file(const std::filesystem::path& path, std::string_view text, mode_t mode) {
  UniqueFd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode));
  if (!fd) return false;
  bool written = ::write(fd.get(), text.data(), text.size()) == static_cast<ssize_t>(text.size());
  fd.reset();
  if (!written) ::unlink(path.c_str());
  return written;
}

bool lock_file(int fd, Lock lock, bool wait) {
  int operation = (lock == Lock::Shared ? LOCK_SH : LOCK_EX) | (wait ? 0 : LOCK_NB);
  while (::flock(fd, operation) != 0)
    if (!wait || errno != EINTR) return false;
  return true;
}

std::optional<struct stat> status_of(const std::filesystem::path& path, Links links) {
  struct stat st {};
  int result = links == Links::Follow ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st);
  if (result != 0) return std::nullopt;
  return st;
}

std::optional<struct stat> status_of(int fd) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return std::nullopt;
  return st;
}

bool is_dir_at(int dir, const char* name) {
  struct stat st {};
  return ::fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
}

bool names_file(const std::filesystem::path& path, int fd) {
  auto held = status_of(fd);
  auto named = status_of(path, Links::NoFollow);
  return held && named && held->st_dev == named->st_dev && held->st_ino == named->st_ino;
}

bool is_ours(const struct stat& st) {
  return st.st_uid == ::geteuid();
}

bool is_executable(const std::string& path) {
  return ::access(path.c_str(), X_OK) == 0;
}

void touch(int fd) {
  ::futimens(fd, nullptr);
}

bool take_and_link(int fd, mode_t mode, int to_dir, const char* name) {
  if (::fchown(fd, ::geteuid(), ::getegid()) != 0 || ::fchmod(fd, mode) != 0) return false;
  std::string self = "/proc/self/fd/" + std::to_string(fd);
  return ::linkat(AT_FDCWD, self.c_str(), to_dir, name, AT_SYMLINK_FOLLOW) == 0;
}

}  // namespace base
