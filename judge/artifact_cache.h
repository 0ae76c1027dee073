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
  // The cache holds at most `max_bytes`: storing past that evicts the least recently used entries
  // (but none used in the last hour: a judge may be running tests over it).
  explicit ArtifactCache(std::filesystem::path root, std::uint64_t max_bytes = kDefaultMaxBytes);
  static std::filesystem::path default_root();  // /var/cache/judge
  static constexpr std::uint64_t kDefaultMaxBytes = 4ull << 30;

  std::string key(const Language& language, std::string_view source) const;
  // The layer directory for `key`, if cached (and marked as just used).
  std::optional<std::filesystem::path> find(const std::string& key) const;
  // Copies the regular files `names` out of `from_dir` (made by a box: links are never followed)
  // into a new layer, published atomically. Returns the layer directory. Throws SandboxError.
  std::filesystem::path store(const std::string& key, const std::filesystem::path& from_dir,
                              const std::vector<std::string>& names, std::uint64_t max_size);

 private:
  void evict_beyond_quota(const std::filesystem::path& keep) const;

  std::filesystem::path root_;
  std::uint64_t max_bytes_;
};

// Names of regular files in `dir` matching any of `patterns` (fnmatch globs), sorted.
std::vector<std::string> matching_files(const std::filesystem::path& dir, const std::vector<std::string>& patterns);

}  // namespace judge
