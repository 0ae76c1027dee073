// The PCH's life in the compile cache: its key, its build in a box, the check of its files before
// each use, the note a failed build leaves for `judge doctor`.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <mutex>
#include <set>

#include "base/copy_file.h"
#include "base/file_io.h"
#include "base/files.h"
#include "base/units.h"
#include "judge/artifact_layer.h"
#include "judge/box_spec.h"
#include "judge/pch.h"
#include "judge/sha256.h"

namespace judge {
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

constexpr std::uint64_t kMaxPch = 1ull << 30;
constexpr std::size_t kEnds = 1 << 20;     // how much of each end of a .gch its check covers
constexpr auto kFailureQuiet = 10min;      // after a failed build, how long nobody tries again
constexpr std::size_t kMaxNote = 4 << 10;  // a failed build's note

std::string gch_name(std::size_t i) {
  return "h" + std::to_string(i) + ".gch";
}

// The cache key of the language's PCH: its build commands (the flags), the headers, the toolchain
// identity and the build box's limits, through the cache's own key.
std::optional<std::string> pch_key(const Language& language, ArtifactCache& cache) {
  Language build = language;
  build.id = language.id + "/pch";
  build.compile.clear();
  build.source.clear();
  for (std::size_t i = 0; i < language.precompiled_headers.size(); ++i) {
    for (const std::string& arg : pch_build_command(language, i)) build.compile.push_back(arg);
    build.source += language.precompiled_headers[i] + "\n";
  }
  build.artifacts = {"*.gch"};
  return cache.key(build, "judge-pch-v1");
}

// The compile box's limits, raised for the judge's own job: a PCH of bits/stdc++.h takes g++ -O2
// about 4 s of CPU time on an idle host and ~0.5 GiB, and the .gch (~120 MiB) sits in the box's
// tmpfs until it is collected.
sandbox::Limits build_limits(const Language& language) {
  sandbox::Limits l = language.compile_limits;
  l.cpu_time = std::max(*l.cpu_time, std::chrono::microseconds(120s));
  l.wall_time = std::max(*l.wall_time, std::chrono::microseconds(360s));
  l.memory = std::max<std::uint64_t>(*l.memory, 2ull << 30);
  l.output = kMaxPch;
  l.disk = std::max<std::uint64_t>(l.disk, kMaxPch);
  return sandbox::with_defaults(l);
}

// Size and digest of the ends of a .gch: a truncated or rewritten file is not used. (Hashing all
// of it would cost more than the compile it saves; the cache is root's alone.)
std::optional<std::string> gch_check(int fd) {
  auto st = base::status_of(fd);
  if (!st || !S_ISREG(st->st_mode)) return std::nullopt;
  const auto size = static_cast<std::uint64_t>(st->st_size);
  std::string ends(std::min<std::uint64_t>(size, 2 * kEnds), '\0');
  const std::size_t head = std::min<std::size_t>(ends.size(), kEnds);
  const std::size_t tail = ends.size() - head;
  if (::pread(fd, ends.data(), head, 0) != static_cast<ssize_t>(head) ||
      ::pread(fd, ends.data() + head, tail, static_cast<off_t>(size - tail)) !=
          static_cast<ssize_t>(tail))
    return std::nullopt;
  return std::to_string(size) + " " + sha256_hex(ends);
}

std::optional<std::string> read_small(const fs::path& path, std::size_t max) {
  base::UniqueFd fd;
  struct stat st {};
  std::string text;
  if (base::open_regular_at(AT_FDCWD, path.c_str(), max, fd, st) != base::OpenRegular::Ok ||
      !base::pread_all(fd.get(), text))
    return std::nullopt;
  return text;
}

// Whether every .gch of the entry matches the check written when it was built.
bool intact(const Language& language, const fs::path& entry) {
  for (std::size_t i = 0; i < language.precompiled_headers.size(); ++i) {
    fs::path gch = entry / "sol" / gch_name(i);
    base::UniqueFd fd = base::open_file(gch);
    auto expected = read_small(gch.string() + ".check", 256);
    auto actual = fd ? gch_check(fd.get()) : std::nullopt;
    if (!expected || !actual || *expected != *actual) return false;
  }
  return true;
}

std::vector<sandbox::Bind> binds_for(const Language& language, const fs::path& layer) {
  std::vector<sandbox::Bind> binds;
  for (std::size_t i = 0; i < language.precompiled_headers.size(); ++i)
    binds.push_back({(layer / "sol" / gch_name(i)).string(),
                     "/pch/" + language.precompiled_headers[i] + ".gch", false});
  return binds;
}

fs::path note_file(ArtifactCache& cache, const std::string& key) {
  return cache.root() / (".pch-" + key + ".failed");
}

void leave_note(ArtifactCache& cache, const std::string& key, const std::string& why) {
  fs::path note = note_file(cache, key);
  std::error_code ec;
  fs::remove(note, ec);
  base::write_new_file(note, why.substr(0, kMaxNote), 0600);  // only a note
}

// A note younger than kFailureQuiet: its text.
std::optional<std::string> recent_failure(ArtifactCache& cache, const std::string& key) {
  fs::path note = note_file(cache, key);
  auto st = base::status_of(note, base::Links::NoFollow);
  if (!st) return std::nullopt;
  auto age =
      std::chrono::system_clock::now() - std::chrono::system_clock::from_time_t(st->st_mtim.tv_sec);
  if (age > kFailureQuiet) return std::nullopt;
  return read_small(note, kMaxNote).value_or("");
}

// One header compiled in the compile box, its .gch collected into `out`. Empty, or why not.
std::string build_one(sandbox::Sandbox& sandbox, const Language& language, std::size_t i,
                      const fs::path& src, const fs::path& out) {
  const std::string name = "h" + std::to_string(i) + ".h";
  if (!base::write_new_file(src / name, "#include <" + language.precompiled_headers[i] + ">\n",
                            0644))
    return "cannot write " + (src / name).string();
  sandbox::RunSpec spec = base_spec(language);
  spec.argv = pch_build_command(language, i);
  spec.rootfs.binds.push_back({(src / name).string(), "/box/" + name, false});
  spec.limits = build_limits(language);
  spec.collect = sandbox::Collect{{gch_name(i)}, out.string(), kMaxPch, 1};
  spec.stdout_stream.target = sandbox::Stream::Capture{4 << 10};
  spec.stderr_stream.target = sandbox::Stream::Capture{4 << 10};
  sandbox::RunResult r = sandbox.run(spec);
  if (r.status != sandbox::Status::OK)
    return "building " + language.precompiled_headers[i] + ": " + r.message + " " + r.stderr_data;
  return "";
}

// Builds the PCH in WORK/pch-layer. Empty, or why it failed.
std::string build(sandbox::Sandbox& sandbox, const Language& language, WorkDir& work,
                  fs::path& layer) {
  fs::path src = work.make_dir("pch-source", 0755), out = work.make_dir("pch-out", 0700);
  std::vector<std::string> names;
  for (std::size_t i = 0; i < language.precompiled_headers.size(); ++i) {
    if (std::string why = build_one(sandbox, language, i, src, out); !why.empty()) return why;
    names.push_back(gch_name(i));
  }
  layer = work.path() / "pch-layer";
  make_layer(out, names, kMaxPch, layer);  // only what the box made: regular files, no links
  for (const std::string& name : names) {
    base::UniqueFd fd = base::open_file(layer / "sol" / name);
    auto check = fd ? gch_check(fd.get()) : std::nullopt;
    if (!check || !base::write_new_file(layer / "sol" / (name + ".check"), *check, 0644))
      return "cannot check " + name;
  }
  return "";
}

// Under the build lock: the cached PCH, or a new one built and stored.
std::optional<PchLayer> find_or_build(sandbox::Sandbox& sandbox, const Language& language,
                                      ArtifactCache& cache, WorkDir& work, const std::string& key,
                                      std::string& why) {
  if (auto lease = cache.find(key)) {
    if (intact(language, lease->layer())) return PchLayer{std::move(*lease), {}};
    lease.reset();
    // Damaged (truncated, rewritten): replaced, unless another judge holds it just now.
    if (!cache.discard(key)) {
      why = "the cached PCH is damaged and in use";
      return std::nullopt;
    }
  }
  if (auto failed = recent_failure(cache, key)) {
    why = "its last build failed: " + *failed;
    return std::nullopt;
  }
  fs::path layer;
  why = build(sandbox, language, work, layer);
  if (!why.empty()) {
    leave_note(cache, key, why);
    return std::nullopt;
  }
  auto lease = cache.store(key, layer);
  if (!lease) why = "the compile cache has no room for it";
  if (!lease) return std::nullopt;
  return PchLayer{std::move(*lease), {}};
}

}  // namespace

std::optional<PchLayer> obtain_pch(sandbox::Sandbox& sandbox, const Language& language,
                                   ArtifactCache& cache, WorkDir& work, std::string& why) {
  try {
    std::optional<std::string> key = pch_key(language, cache);
    if (!key) {
      why = "the toolchain could not be identified";
      return std::nullopt;
    }
    std::optional<PchLayer> pch;
    if (auto lease = cache.find(*key); lease && intact(language, lease->layer()))
      pch = PchLayer{std::move(*lease), {}};
    if (!pch) {
      // One judge builds it; the others wait for it rather than build it again.
      fs::path lock = cache.root() / (".pch-" + *key + ".lock");
      base::UniqueFd held = base::open_lock_file(lock, 0600);
      if (!held || !base::lock_file(held.get(), base::Lock::Exclusive, true)) {
        why = "cannot lock " + lock.string();
        return std::nullopt;
      }
      pch = find_or_build(sandbox, language, cache, work, *key, why);
    }
    if (pch) pch->binds = binds_for(language, pch->lease.layer());
    return pch;
  } catch (const std::exception& e) {
    why = e.what();
    return std::nullopt;
  }
}

std::string describe_pch(const Language& language, ArtifactCache& cache) {
  std::string headers;
  for (const std::string& h : language.precompiled_headers)
    headers += (headers.empty() ? "" : " ") + h;
  if (pch_disabled()) return headers + ": not used (JUDGE_NO_PCH is set)";
  std::optional<std::string> key = pch_key(language, cache);
  if (!key) return headers + ": unusable, the toolchain could not be identified";
  if (auto lease = cache.find(*key))
    return headers + (intact(language, lease->layer())
                          ? ": built, usable (" + lease->layer().string() + ")"
                          : ": damaged, rebuilt by the next compile that includes it");
  if (auto failed = recent_failure(cache, *key))
    return headers + ": build failed, compiles go without it: " + *failed;
  return headers + ": not built yet (the first compile that includes it builds it)";
}

}  // namespace judge
