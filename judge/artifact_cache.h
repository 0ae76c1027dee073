// Compiled programs, kept by the SHA-256 of what produced them (language, compile command, the
// toolchain, the source), each one a directory usable as a read-only layer: DIR/sol/<files>.
// Judges may share one cache: docs/languages.md says how they keep out of each other's way.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "judge/language.h"
#include "base/fd.h"

namespace judge {

// A cached layer in use: while this lives no judge evicts it (a shared flock on its directory).
class CacheLease {
 public:
  CacheLease(base::UniqueFd dir, std::filesystem::path layer)
      : dir_(std::move(dir)), layer_(std::move(layer)) {}
  const std::filesystem::path& layer() const { return layer_; }

 private:
  base::UniqueFd dir_;
  std::filesystem::path layer_;
};

class ArtifactCache {
 public:
  // The cache never holds more than `max_bytes` on disk (st_blocks), entries in use included.
  explicit ArtifactCache(std::filesystem::path root, std::uint64_t max_bytes = kDefaultMaxBytes);
  static std::filesystem::path default_root();  // /var/cache/judge
  static constexpr std::uint64_t kDefaultMaxBytes = 4ull << 30;

  // nullopt when the toolchain could not be identified: then nothing may be cached. `extra`: what
  // else went into the compile box (a grader's file names and contents), empty when nothing did.
  std::optional<std::string> key(const Language& language, std::string_view source,
                                 std::string_view extra = {}) const;
  // The layer for `key`, if cached: marked as just used and held for the lease's lifetime.
  std::optional<CacheLease> find(const std::string& key) const;
  // Moves `layer` (made by make_layer; renamed, or copied from another filesystem) into the cache
  // as `key`, after evicting the least recently used entries nobody holds until it fits. nullopt
  // when it cannot fit: `layer` is then left where it was, for a grading without the cache.
  // Throws JudgeError.
  std::optional<CacheLease> store(const std::string& key, const std::filesystem::path& layer);
  // Removes the entry `key` (a damaged one) unless someone holds it: whether it is gone.
  bool discard(const std::string& key);
  // Where the cache is: its users may keep lock and note files there, named with a leading dot.
  const std::filesystem::path& root() const { return root_; }

 private:
  bool make_room(std::uint64_t bytes) const;
  std::filesystem::path scratch_name() const;

  std::filesystem::path root_;
  std::uint64_t max_bytes_;
};

}  // namespace judge
