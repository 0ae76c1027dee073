// A compiled program as a read-only layer, LAYER/sol/<files>, made out of what a compile box left
// in a host directory.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace judge {

// Names of regular files in `dir` matching any of `patterns` (base::glob_match: only
// `*` and `?`), sorted.
std::vector<std::string> matching_files(const std::filesystem::path& dir,
                                        const std::vector<std::string>& patterns);

// Makes `layer` and `layer`/sol (mode 0755) holding the files `names` of `from_dir`: made by a box,
// so links are never followed and only regular files of at most `max_size` bytes are taken. Each
// becomes the judge's, mode 0755 or 0644, and is hard-linked when it has no other name (no second
// copy on disk), else copied. Throws JudgeError.
void make_layer(const std::filesystem::path& from_dir, const std::vector<std::string>& names,
                std::uint64_t max_size, const std::filesystem::path& layer);

// Copies a layer that make_layer made to `to` (new), for a cache on another filesystem.
void copy_layer(const std::filesystem::path& from, const std::filesystem::path& to);

}  // namespace judge
