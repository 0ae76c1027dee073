// Compiled programs, kept by the SHA-256 of what produced them (language, compile command, the
// compiler binary, the source), each one a directory usable as a read-only layer: DIR/sol/<files>.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judge/language.h"

namespace judge {

class ArtifactCache {
 public:
  explicit ArtifactCache(std::filesystem::path root);
  static std::filesystem::path default_root();  // /var/cache/judge

  std::string key(const Language& language, std::string_view source) const;
  // The layer directory for `key`, if cached.
  std::optional<std::filesystem::path> find(const std::string& key) const;
  // Copies the regular files `names` out of `from_dir` (made by a box: links are never followed)
  // into a new layer, published atomically. Returns the layer directory. Throws SandboxError.
  std::filesystem::path store(const std::string& key, const std::filesystem::path& from_dir,
                              const std::vector<std::string>& names, std::uint64_t max_size);

 private:
  std::filesystem::path root_;
};

// Names of regular files in `dir` matching any of `patterns` (fnmatch globs), sorted.
std::vector<std::string> matching_files(const std::filesystem::path& dir, const std::vector<std::string>& patterns);

}  // namespace judge
