#include "judge/artifact_cache.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ctime>

#include <algorithm>
#include <atomic>
#include <memory>

#include "judge/sha256.h"
#include "sandbox/error.h"
#include "sandbox/collect.h"
#include "sandbox/fd.h"
#include "sandbox/owner.h"

namespace judge {
namespace fs = std::filesystem;
using sandbox::UniqueFd;

namespace {

// The compiler binary's identity: a new compiler version means new artifacts.
std::string fingerprint(const std::vector<std::string>& command) {
  if (command.empty()) return "none";
  std::string program = command[0];
  struct stat st {};
  if (program.find('/') != std::string::npos) {
    if (::stat(program.c_str(), &st) != 0) return "missing";
  } else if (::stat(("/usr/bin/" + program).c_str(), &st) != 0 && ::stat(("/bin/" + program).c_str(), &st) != 0) {
    return "missing";
  }
  return std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino) + ":" + std::to_string(st.st_size) + ":" +
         std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec);
}

void append_field(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

void copy_regular_file(int from_dir, const std::string& name, int to_dir, std::uint64_t max_size) {
  UniqueFd in(::openat(from_dir, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
  if (!in) sandbox::throw_errno("cannot open artifact " + name);
  struct stat st {};
  if (::fstat(in.get(), &st) != 0 || !S_ISREG(st.st_mode)) throw sandbox::SandboxError("artifact " + name + " is not a regular file");
  if (static_cast<std::uint64_t>(st.st_size) > max_size) throw sandbox::SandboxError("artifact " + name + " is too large");
  mode_t mode = (st.st_mode & 0111) ? 0755 : 0644;
  UniqueFd out(::openat(to_dir, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode));
  if (!out) sandbox::throw_errno("cannot create cached " + name);
  char buf[1 << 16];
  std::uint64_t total = 0;
  for (;;) {
    ssize_t n = ::read(in.get(), buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) sandbox::throw_errno("reading artifact " + name);
    if (n == 0) break;
    total += static_cast<std::uint64_t>(n);
    if (total > max_size) throw sandbox::SandboxError("artifact " + name + " is too large");
    if (::write(out.get(), buf, static_cast<std::size_t>(n)) != n) sandbox::throw_errno("writing cached " + name);
  }
  ::fchmod(out.get(), mode);
}

}  // namespace

// Absolute: the layers are bind sources, resolved by the box's init.
ArtifactCache::ArtifactCache(fs::path root, std::uint64_t max_bytes) : root_(fs::absolute(root)), max_bytes_(max_bytes) {
  // Compiled submissions are nobody else's business: root only (a box's init opens its layer
  // while it still has the judge's ids). Only a directory made here: an existing one given as
  // --cache-dir (/tmp, a home) keeps its mode.
  if (fs::create_directories(root_)) ::chmod(root_.c_str(), 0700);
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(root_, ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind(".tmp-", 0) == 0 && sandbox::is_stale_owner(name.substr(5))) fs::remove_all(entry.path(), ec);
  }
}

fs::path ArtifactCache::default_root() { return "/var/cache/judge"; }

std::string ArtifactCache::key(const Language& l, std::string_view source) const {
  std::string material = "judge-artifact-v2";
  append_field(material, l.id);
  for (const std::string& arg : l.compile) append_field(material, arg);
  append_field(material, "|");
  for (const std::string& a : l.artifacts) append_field(material, a);
  append_field(material, l.source);
  for (const std::string& e : l.env) append_field(material, e);
  append_field(material, "|");
  // A limit changes what can come out (a larger artifact now fits, a slow compile now finishes).
  for (auto limit : {static_cast<std::uint64_t>(l.compile_time_limit.count()),
                     static_cast<std::uint64_t>(l.compile_wall_time_limit.count()), l.compile_memory_limit,
                     l.compile_output_limit, static_cast<std::uint64_t>(l.compile_pids_limit)})
    append_field(material, std::to_string(limit));
  append_field(material, fingerprint(l.compile));
  append_field(material, source);
  return sha256_hex(material);
}

std::optional<fs::path> ArtifactCache::find(const std::string& key) const {
  fs::path dir = root_ / key;
  std::error_code ec;
  if (!fs::is_directory(dir / "sol", ec) || fs::is_symlink(dir, ec)) return std::nullopt;
  ::utimensat(AT_FDCWD, dir.c_str(), nullptr, 0);  // its mtime is its last use
  return dir;
}

// Entries by last use, oldest first, removed until the whole fits; never `keep` (just stored) nor
// one used within the hour (its layer may be under a running box: removing files below a mounted
// overlay is undefined behaviour). Sizes are st_blocks: what the disk really holds.
void ArtifactCache::evict_beyond_quota(const fs::path& keep) const {
  struct Entry {
    fs::path dir;
    std::uint64_t bytes = 0;
    std::int64_t used = 0;
  };
  std::vector<Entry> entries;
  std::uint64_t total = 0;
  std::error_code ec;
  for (const auto& child : fs::directory_iterator(root_, ec)) {
    struct stat st {};
    if (::lstat(child.path().c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) continue;
    Entry e{child.path(), 0, st.st_mtim.tv_sec};
    for (auto it = fs::recursive_directory_iterator(child.path(), ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      struct stat file {};
      if (::lstat(it->path().c_str(), &file) == 0) e.bytes += static_cast<std::uint64_t>(file.st_blocks) * 512;
    }
    total += e.bytes;
    if (child.path() != keep && child.path().filename().string().rfind(".tmp-", 0) != 0) entries.push_back(e);
  }
  if (total <= max_bytes_) return;
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.used < b.used; });
  const std::int64_t hour_ago = static_cast<std::int64_t>(::time(nullptr)) - 3600;
  for (const Entry& e : entries) {
    if (total <= max_bytes_ || e.used > hour_ago) break;
    fs::remove_all(e.dir, ec);
    if (!ec) total -= std::min(total, e.bytes);
  }
}

fs::path ArtifactCache::store(const std::string& key, const fs::path& from_dir, const std::vector<std::string>& names,
                              std::uint64_t max_size) {
  static std::atomic<unsigned> sequence{0};
  fs::path staging = root_ / (".tmp-" + sandbox::owner_token() + "-" + std::to_string(sequence++));
  fs::path layer = root_ / key;
  try {
    if (::mkdir(staging.c_str(), 0755) != 0 || ::mkdir((staging / "sol").c_str(), 0755) != 0)
      sandbox::throw_errno("cannot create " + staging.string());
    ::chmod(staging.c_str(), 0755);
    ::chmod((staging / "sol").c_str(), 0755);
    UniqueFd from(::open(from_dir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    UniqueFd to(::open((staging / "sol").c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!from || !to) sandbox::throw_errno("cannot open " + from_dir.string());
    for (const std::string& name : names) copy_regular_file(from.get(), name, to.get(), max_size);
    if (::rename(staging.c_str(), layer.c_str()) != 0) {
      // Another judge published the same artifact first: theirs is as good as ours.
      if (errno != EEXIST && errno != ENOTEMPTY) sandbox::throw_errno("cannot publish " + layer.string());
      fs::remove_all(staging);
    }
    evict_beyond_quota(layer);
  } catch (...) {
    std::error_code ec;
    fs::remove_all(staging, ec);
    throw;
  }
  return layer;
}

std::vector<std::string> matching_files(const fs::path& dir, const std::vector<std::string>& patterns) {
  std::vector<std::string> names;
  DIR* d = ::opendir(dir.c_str());
  if (!d) return names;
  while (dirent* e = ::readdir(d)) {
    struct stat st {};
    if (::fstatat(::dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode)) continue;
    for (const std::string& pattern : patterns)
      if (sandbox::collect::glob_match(pattern.c_str(), e->d_name)) {  // as the box's init matched them
        names.emplace_back(e->d_name);
        break;
      }
  }
  ::closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace judge
