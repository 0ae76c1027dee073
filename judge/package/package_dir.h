// The files of a problem package, read in place: every path the package names is checked to stay
// inside it (a symbolic link pointing out of the package is refused) and to be a regular file or
// a directory, never a FIFO, a device or a socket.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace judge {

class PackageDir {
 public:
  // Throws InputError when `root` is not a directory.
  explicit PackageDir(const std::filesystem::path& root);

  const std::filesystem::path& root() const { return root_; }
  // ROOT/relative, or nothing when it does not exist. Throws InputError when it resolves outside
  // the package or is neither a regular file nor a directory.
  std::filesystem::path find(const std::filesystem::path& relative) const;
  bool is_file(const std::filesystem::path& path) const;
  bool is_dir(const std::filesystem::path& path) const;
  // The whole text of a file of the package, at most `max_bytes` (else InputError).
  std::string read_text(const std::filesystem::path& path, std::uint64_t max_bytes) const;
  // The entries of a directory of the package, sorted by name, each checked as find() does. Names
  // starting with '.' are left out (the Kattis format ignores them).
  std::vector<std::filesystem::path> list(const std::filesystem::path& dir) const;
  // Throws InputError unless `path` (existing) resolves inside the package.
  void check_inside(const std::filesystem::path& path) const;

 private:
  std::filesystem::path root_;  // canonical
};

}  // namespace judge
