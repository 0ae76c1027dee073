// What a directory tree takes on disk: st_blocks of it and of everything below, links not followed.
#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <filesystem>

namespace test {

inline std::uint64_t disk_usage(const std::filesystem::path& dir) {
  auto blocks = [](const std::filesystem::path& p) -> std::uint64_t {
    struct stat st {};
    return ::lstat(p.c_str(), &st) == 0 ? static_cast<std::uint64_t>(st.st_blocks) * 512 : 0;
  };
  std::uint64_t total = blocks(dir);
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
    total += blocks(it->path());
  return total;
}

}  // namespace test
