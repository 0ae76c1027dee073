#include "sandbox/seccomp_cache.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <optional>

#include "base/files.h"
#include "sandbox/seccomp.h"

namespace sandbox::seccomp {
namespace {

// A file: the key's length (4 bytes), the key, the program's length in instructions (4 bytes),
// the program. Bounded by the kernel's own limit on a filter.
constexpr std::size_t kMaxInstructions = BPF_MAXINSNS;
constexpr std::size_t kMaxKey = 4096;
constexpr std::size_t kMaxFile = 8 + kMaxKey + kMaxInstructions * sizeof(sock_filter);

const char* mode_name(SeccompMode mode) {
  return mode == SeccompMode::Kill ? "kill" : "errno";
}

std::string cache_path(SeccompMode mode, const std::string& dir) {
  return dir + "/seccomp-" + mode_name(mode) + ".bpf";
}

void put_u32(std::string& out, std::uint32_t value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

std::optional<std::uint32_t> get_u32(const std::string& in, std::size_t& pos) {
  std::uint32_t value = 0;
  if (in.size() - pos < sizeof value) return std::nullopt;
  std::memcpy(&value, in.data() + pos, sizeof value);
  pos += sizeof value;
  return value;
}

// The whole file, when it is one we could have written: regular, ours, no one else may write it.
// O_NONBLOCK: a FIFO put there must not hang the judge (it then fails the regular-file check).
std::optional<std::string> read_trusted(const std::string& path) {
  base::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK));
  if (!fd) return std::nullopt;
  auto st = base::status_of(fd.get());
  if (!st || !S_ISREG(st->st_mode) || !base::is_ours(*st) || (st->st_mode & 022) ||
      st->st_size <= 0 || static_cast<std::size_t>(st->st_size) > kMaxFile)
    return std::nullopt;
  std::string data(static_cast<std::size_t>(st->st_size), '\0');
  if (::pread(fd.get(), data.data(), data.size(), 0) != st->st_size) return std::nullopt;
  return data;
}

std::optional<std::vector<sock_filter>> parse(const std::string& data, const std::string& key) {
  std::size_t pos = 0;
  auto key_size = get_u32(data, pos);
  if (!key_size || *key_size != key.size() || data.compare(pos, key.size(), key) != 0)
    return std::nullopt;
  pos += key.size();
  auto count = get_u32(data, pos);
  if (!count || *count == 0 || *count > kMaxInstructions ||
      data.size() - pos != *count * sizeof(sock_filter))
    return std::nullopt;
  std::vector<sock_filter> program(*count);
  std::memcpy(program.data(), data.data() + pos, data.size() - pos);
  return program;
}

// Written under a name of this process's, then renamed over the old file: a reader sees the old
// file or the new one, never half of one.
void store(const std::string& path, const std::string& key, const std::vector<sock_filter>& prog) {
  if (key.size() > kMaxKey || prog.empty() || prog.size() > kMaxInstructions) return;
  std::string data;
  put_u32(data, static_cast<std::uint32_t>(key.size()));
  data += key;
  put_u32(data, static_cast<std::uint32_t>(prog.size()));
  data.append(reinterpret_cast<const char*>(prog.data()), prog.size() * sizeof(sock_filter));
  std::string temp = path + "." + std::to_string(::getpid()) + ".new";
  ::unlink(temp.c_str());  // a leftover of a crashed process that had our pid
  if (!base::write_new_file(temp, data, 0600)) return;
  if (::rename(temp.c_str(), path.c_str()) != 0) ::unlink(temp.c_str());
}

}  // namespace

std::string filter_key(SeccompMode mode) {
  std::string key = std::string("judge seccomp 1 ") + mode_name(mode);
  // The running binary: a new build or an upgrade is a new file (inode, size, times).
  struct stat exe {};
  if (::stat("/proc/self/exe", &exe) == 0)
    key += " exe " + std::to_string(exe.st_dev) + ":" + std::to_string(exe.st_ino) + ":" +
           std::to_string(exe.st_size) + ":" + std::to_string(exe.st_mtim.tv_sec) + "." +
           std::to_string(exe.st_mtim.tv_nsec) + ":" + std::to_string(exe.st_ctim.tv_sec) + "." +
           std::to_string(exe.st_ctim.tv_nsec);
  else
    key += " exe unknown " + std::to_string(::getpid());  // never matches another process's
  struct utsname host {};
  if (::uname(&host) == 0)
    key += std::string(" kernel ") + host.release + " " + host.version + " " + host.machine;
  return key;
}

std::vector<sock_filter> cached_filter(SeccompMode mode, const std::string& dir) {
  if (mode == SeccompMode::Off) return {};
  const std::string key = filter_key(mode);
  const std::string path = cache_path(mode, dir);
  if (auto data = read_trusted(path))
    if (auto program = parse(*data, key)) return *program;
  std::vector<sock_filter> program = build_filter(mode);
  store(path, key, program);
  return program;
}

}  // namespace sandbox::seccomp
