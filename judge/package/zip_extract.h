// Extracts a zipped problem package (read with libarchive) into a private directory, within
// bounds: no entry leaves the directory, only regular files and directories are made, and the
// entry count, total size and compression ratio are limited (a zip bomb is refused, not unpacked).
#pragma once

#include <cstdint>
#include <filesystem>

namespace judge {

struct ZipBounds {
  std::uint64_t max_entries = 250'000;  // 100 000 tests with their answers, and more
  std::uint64_t max_total_bytes = 4ull << 30;
  // Total bytes at most this times the zip's size, beyond the first `ratio_free_bytes`.
  std::uint64_t max_ratio = 200;
  std::uint64_t ratio_free_bytes = 64ull << 20;
};

// Extracts `zip` into `dir` (an existing empty directory): directories 0755, files 0644. Throws
// InputError naming the zip and the entry for a damaged zip, a path that is absolute or has '..',
// a link or special file, a duplicate entry, or a bound exceeded.
void extract_zip(const std::filesystem::path& zip, const std::filesystem::path& dir,
                 const ZipBounds& bounds = {});

}  // namespace judge
