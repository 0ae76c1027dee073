#include "judge/artifact_cache.h"

#include <algorithm>
#include <atomic>

#include "judge/artifact_layer.h"
#include "judge/sha256.h"
#include "judge/toolchain.h"
#include "judge/errors.h"
#include "base/files.h"
#include "base/owner.h"

namespace judge {
namespace fs = std::filesystem;
using base::UniqueFd;

namespace {

// Staging and evicted entries, removed by whoever starts next if their owner died meanwhile.
constexpr const char* kScratch = ".tmp-";
constexpr const char* kLockFile = ".lock";

void append_field(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

bool is_entry_name(std::string_view name) {
  return !name.empty() && name[0] != '.' && name.find('/') == std::string_view::npos;
}

std::uint64_t blocks_of(const fs::path& path) {
  auto st = base::status_of(path, base::Links::NoFollow);
  return st ? static_cast<std::uint64_t>(st->st_blocks) * 512 : 0;
}

// What a tree takes on disk (st_blocks, not sizes: what the disk really holds), links not followed.
std::uint64_t disk_usage(const fs::path& path) {
  std::uint64_t total = blocks_of(path);
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(path, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    total += blocks_of(it->path());
  return total;
}

// Held by whoever changes the cache (publishes or evicts), among all judges sharing it. Finding
// does not wait for it: entries have locks of their own.
class WriterLock {
 public:
  explicit WriterLock(const fs::path& root) : fd_(base::open_lock_file(root / kLockFile, 0600)) {
    if (!fd_) throw_errno("cannot open " + (root / kLockFile).string());
    if (!base::lock_file(fd_.get(), base::Lock::Exclusive, true))
      throw_errno("cannot lock " + (root / kLockFile).string());
  }

 private:
  base::UniqueFd fd_;
};

}  // namespace

// Absolute: the layers are bind sources, resolved by the box's init.
ArtifactCache::ArtifactCache(fs::path root, std::uint64_t max_bytes)
    : root_(fs::absolute(root)), max_bytes_(max_bytes) {
  // Compiled submissions are nobody else's business: root only (a box's init opens its layer
  // while it still has the judge's ids). Only a directory made here: an existing one given as
  // --cache-dir (/tmp, a home) keeps its mode.
  std::error_code ec;
  if (fs::create_directories(root_)) fs::permissions(root_, fs::perms::owner_all, ec);
  for (const auto& entry : fs::directory_iterator(root_, ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind(kScratch, 0) == 0 && base::is_stale_owner(name.substr(5)))
      fs::remove_all(entry.path(), ec);
  }
}

fs::path ArtifactCache::default_root() {
  return "/var/cache/judge";
}

fs::path ArtifactCache::scratch_name() const {
  static std::atomic<unsigned> sequence{0};
  return root_ / (kScratch + base::owner_token() + "-" + std::to_string(sequence++));
}

std::optional<std::string> ArtifactCache::key(const Language& l, std::string_view source,
                                              std::string_view extra) const {
  std::optional<std::string> toolchain = toolchain_fingerprint(l.compile, root_);
  if (!toolchain) return std::nullopt;
  std::string material = "judge-artifact-v3";
  append_field(material, l.id);
  for (const std::string& arg : l.compile) append_field(material, arg);
  append_field(material, "|");
  for (const std::string& a : l.artifacts) append_field(material, a);
  append_field(material, l.source);
  for (const std::string& e : l.env) append_field(material, e);
  append_field(material, "|");
  // A limit changes what can come out (a larger artifact now fits, a slow compile now finishes).
  const sandbox::Limits& c = l.compile_limits;
  for (auto limit : {static_cast<std::uint64_t>(c.cpu_time->count()),
                     static_cast<std::uint64_t>(c.wall_time->count()), *c.memory, *c.output,
                     static_cast<std::uint64_t>(*c.pids)})
    append_field(material, std::to_string(limit));
  append_field(material, *toolchain);
  append_field(material, source);
  // Without a grader the key is what it was before graders existed.
  if (!extra.empty()) append_field(material, extra);
  return sha256_hex(material);
}

std::optional<CacheLease> ArtifactCache::find(const std::string& key) const {
  if (!is_entry_name(key)) return std::nullopt;
  fs::path dir = root_ / key;
  base::UniqueFd fd = base::open_dir(dir);
  // Held exclusively, it is being evicted; once its evictor let go, it may be gone or another
  // entry may have its name: then the name no longer leads to the directory locked here.
  if (!fd || !base::lock_file(fd.get(), base::Lock::Shared, false)) return std::nullopt;
  if (!base::names_file(dir, fd.get()) || !base::is_dir_at(fd.get(), "sol")) return std::nullopt;
  base::touch(fd.get());  // its mtime is its last use
  return CacheLease(std::move(fd), dir);
}

// Under the writer lock. Evicts entries nobody holds, least recently used first: as many as it
// takes to be within the quota (it may have been lowered), then, only if that makes enough room,
// as many as `bytes` more need. Whether `bytes` more fit.
bool ArtifactCache::make_room(std::uint64_t bytes) const {
  struct Entry {
    fs::path dir;
    struct timespec used;
    std::uint64_t bytes;
  };
  std::vector<Entry> entries;
  std::uint64_t total = blocks_of(root_);
  std::error_code ec;
  for (const auto& child : fs::directory_iterator(root_, ec)) {
    std::uint64_t size = disk_usage(child.path());
    total += size;
    auto st = base::status_of(child.path(), base::Links::NoFollow);
    if (is_entry_name(child.path().filename().string()) && st && S_ISDIR(st->st_mode))
      entries.push_back({child.path(), st->st_mtim, size});
  }
  if (ec) throw JudgeError("cannot list " + root_.string() + ": " + ec.message());
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.used.tv_sec != b.used.tv_sec ? a.used.tv_sec < b.used.tv_sec
                                          : a.used.tv_nsec < b.used.tv_nsec;
  });
  // Unpublished first (a rename), so that no find sees it half removed.
  auto evict = [&](const Entry& e) {
    fs::path doomed = scratch_name();
    std::error_code renamed, removed;
    fs::rename(e.dir, doomed, renamed);
    if (!renamed && fs::remove_all(doomed, removed) && !removed) total -= std::min(total, e.bytes);
  };
  // An entry held by a grading cannot be locked: it stays.
  auto lock = [](const Entry& e) {
    base::UniqueFd fd = base::open_dir(e.dir);
    if (fd && !base::lock_file(fd.get(), base::Lock::Exclusive, false)) fd.reset();
    return fd;
  };

  std::size_t next = 0;
  while (total > max_bytes_ && next < entries.size()) {
    const Entry& e = entries[next++];
    if (base::UniqueFd held = lock(e)) evict(e);
  }
  if (total > max_bytes_ || bytes > max_bytes_) return false;
  const std::uint64_t excess = bytes > max_bytes_ - total ? bytes - (max_bytes_ - total) : 0;
  std::vector<std::pair<const Entry*, base::UniqueFd>> chosen;
  std::uint64_t freed = 0;
  while (freed < excess && next < entries.size()) {
    const Entry& e = entries[next++];
    if (base::UniqueFd held = lock(e)) {
      freed += e.bytes;
      chosen.emplace_back(&e, std::move(held));
    }
  }
  if (freed < excess)
    return false;  // the locks go: nothing was evicted for an entry that cannot fit
  for (const auto& [e, held] : chosen) evict(*e);
  return total <= max_bytes_ && bytes <= max_bytes_ - total;
}

std::optional<CacheLease> ArtifactCache::store(const std::string& key, const fs::path& layer) {
  if (!is_entry_name(key)) throw JudgeError("not a cache key: " + key);
  WriterLock writer(root_);
  if (auto lease = find(key)) return lease;  // another judge stored it since this one looked
  fs::path published = root_ / key;
  if (auto st = base::status_of(published, base::Links::NoFollow)) {
    // What find refuses under the writer lock is no entry (one half made by hand, say), unless
    // find failed for want of an fd: a directory is removed only once it is locked like an evictee.
    const bool is_dir = S_ISDIR(st->st_mode);
    base::UniqueFd held = is_dir ? base::open_dir(published) : base::UniqueFd();
    if (is_dir && (!held || !base::lock_file(held.get(), base::Lock::Exclusive, false)))
      throw_errno("cannot replace " + published.string());
    fs::path junk = scratch_name();
    std::error_code ec;
    fs::rename(published, junk, ec);
    if (ec) throw_errno("cannot remove " + published.string(), ec.value());
    fs::remove_all(junk);
  }
  if (!make_room(disk_usage(layer))) return std::nullopt;

  fs::path staging = scratch_name();
  std::error_code not_moved;
  fs::rename(layer, staging, not_moved);
  const bool moved = !not_moved;
  if (!moved) {
    if (not_moved != std::errc::cross_device_link)
      throw_errno("cannot move " + layer.string() + " into the cache", not_moved.value());
    try {
      copy_layer(layer, staging);
    } catch (...) {
      std::error_code ec;
      fs::remove_all(staging, ec);
      throw;
    }
  }
  auto undo = [&] {
    std::error_code ec;
    if (moved)
      fs::rename(staging, layer, ec);
    else
      fs::remove_all(staging, ec);
  };
  // Another filesystem may take more room for the same files.
  if (!moved && !make_room(0)) {
    undo();
    return std::nullopt;
  }
  // Held from before it is published: no evictor can take it between publishing and using.
  base::UniqueFd fd = base::open_dir(staging);
  std::error_code ec;
  if (!fd || !base::lock_file(fd.get(), base::Lock::Shared, true))
    ec.assign(errno, std::system_category());
  if (!ec) fs::rename(staging, published, ec);
  if (ec) {
    undo();
    throw_errno("cannot publish " + published.string(), ec.value());
  }
  base::touch(fd.get());
  return CacheLease(std::move(fd), published);
}

bool ArtifactCache::discard(const std::string& key) {
  if (!is_entry_name(key)) return false;
  WriterLock writer(root_);
  fs::path dir = root_ / key;
  base::UniqueFd fd = base::open_dir(dir);
  if (!fd) return !base::status_of(dir, base::Links::NoFollow);
  // Locked like an evictee: nobody holds it, and nobody finds it once renamed.
  if (!base::lock_file(fd.get(), base::Lock::Exclusive, false)) return false;
  fs::path junk = scratch_name();
  std::error_code ec;
  fs::rename(dir, junk, ec);
  if (ec) return false;
  fs::remove_all(junk, ec);
  return true;
}

}  // namespace judge
