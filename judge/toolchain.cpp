#include "judge/toolchain.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <atomic>
#include <map>
#include <mutex>
#include <sstream>

#include "judge/sha256.h"
#include "base/copy_file.h"
#include "base/fd.h"
#include "base/file_io.h"
#include "base/files.h"
#include "base/host_command.h"
#include "base/owner.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr const char* kMemoHeader = "judge-toolchain-v1";
constexpr std::size_t kMaxMemo = 64 << 10;
// What gcc and clang run or link for a compile: -print-prog-name and -print-file-name of each.
constexpr const char* kPrograms[] = {"cc1", "cc1plus", "collect2", "as", "ld"};
constexpr const char* kFiles[] = {"libc.a",      "libm.a", "libstdc++.a", "libgcc.a",
                                  "libgcc_eh.a", "crt1.o", "crti.o",      "crtbeginT.o"};

std::string identity(const struct stat& st) {
  return std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino) + ":" +
         std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
         std::to_string(st.st_mtim.tv_nsec);
}

std::string identity(const std::string& path) {
  auto st = base::status_of(path, base::Links::Follow);
  return st ? identity(*st) : "absent";
}

// Where the box finds a bare name: its PATH is /usr/bin:/bin.
std::optional<std::string> resolve(const std::string& program) {
  if (program.find('/') != std::string::npos) return program;
  for (const char* dir : {"/usr/bin/", "/bin/"})
    if (base::is_executable(dir + program)) return dir + program;
  return std::nullopt;
}

bool is_c_driver(const std::string& path) {
  std::error_code ec;
  for (const fs::path& p : {fs::path(path), fs::canonical(path, ec)}) {
    std::string name = p.filename().string();
    if (name.find("gcc") != std::string::npos || name.find("g++") != std::string::npos ||
        name.find("clang") != std::string::npos || name == "cc" || name == "c++")
      return true;
  }
  return false;
}

std::string first_line(const std::string& text) {
  return text.substr(0, text.find('\n'));
}

// The include directories `driver -v` lists for preprocessing an empty file.
std::vector<std::string> include_dirs(const std::string& verbose) {
  std::vector<std::string> dirs;
  std::istringstream in(verbose);
  bool listing = false;
  for (std::string line; std::getline(in, line);) {
    if (line.find("search starts here:") != std::string::npos)
      listing = true;
    else if (line.rfind("End of search list.", 0) == 0)
      listing = false;
    else if (listing && line.size() > 1 && line[0] == ' ' && line[1] == '/')
      dirs.push_back(line.substr(1));
  }
  return dirs;
}

// Absolute paths of the parts, as the driver names them; nullopt when it would not say.
std::optional<std::vector<std::string>> ask_driver(const std::string& driver) {
  std::vector<std::string> parts;
  auto add = [&](const std::string& answer, bool program) {
    std::string path = first_line(answer);
    if (path.find('/') == std::string::npos && program)
      path = resolve(path).value_or("");  // run through PATH
    if (!path.empty() && path[0] == '/')
      parts.push_back(path);  // else it has none: clang has no cc1
  };
  for (const char* program : kPrograms) {
    auto answer = base::run_host_command({driver, std::string("-print-prog-name=") + program});
    if (!answer) return std::nullopt;
    add(*answer, true);
  }
  for (const char* file : kFiles) {
    auto answer = base::run_host_command({driver, std::string("-print-file-name=") + file});
    if (!answer) return std::nullopt;
    add(*answer, false);
  }
  bool cxx = fs::path(driver).filename().string().find("++") != std::string::npos;
  auto verbose = base::run_host_command({driver, "-x", cxx ? "c++" : "c", "-E", "-v", "/dev/null"});
  if (!verbose) return std::nullopt;
  for (std::string& dir : include_dirs(*verbose)) parts.push_back(std::move(dir));
  return parts;
}

// The driver's answers on disk, by driver path and identity, so that the next process need not ask.
fs::path memo_file(const fs::path& memo_dir, const std::string& memo_key) {
  return memo_dir / (".toolchain-" + sha256_hex(memo_key).substr(0, 32));
}

std::optional<std::vector<std::string>> read_memo(const fs::path& file,
                                                  const std::string& memo_key) {
  base::UniqueFd fd;
  struct stat st {};
  std::string text;
  if (base::open_regular_at(AT_FDCWD, file.c_str(), kMaxMemo, fd, st) != base::OpenRegular::Ok ||
      !base::is_ours(st) || !base::pread_all(fd.get(), text) ||
      text.size() != static_cast<std::size_t>(st.st_size))
    return std::nullopt;
  std::istringstream in(text);
  std::string header, key, line;
  std::getline(in, header);
  if (header != kMemoHeader) return std::nullopt;
  // The key is two lines: the driver's path and its identity.
  std::getline(in, key);
  std::getline(in, line);
  if (key + "\n" + line != memo_key) return std::nullopt;
  std::vector<std::string> parts;
  while (std::getline(in, line))
    if (!line.empty() && line[0] == '/') parts.push_back(line);
  return parts;
}

void write_memo(const fs::path& file, const std::string& memo_key,
                const std::vector<std::string>& parts) {
  static std::atomic<unsigned> sequence{0};
  std::string text = std::string(kMemoHeader) + "\n" + memo_key + "\n";
  for (const std::string& part : parts) text += part + "\n";
  fs::path staging = file.parent_path() /
                     (".tmp-" + base::owner_token() + "-toolchain-" + std::to_string(sequence++));
  if (!base::write_new_file(staging, text, 0600)) return;  // only a memo: the next asks again
  std::error_code ec;
  fs::rename(staging, file, ec);
  if (ec) fs::remove(staging, ec);
}

// A driver that would not answer is not asked again by this process (nor is anything cached for
// it).
std::optional<std::vector<std::string>> driver_parts(const std::string& driver,
                                                     const std::string& driver_id,
                                                     const fs::path& memo_dir) {
  static std::mutex mutex;
  static std::map<std::string, std::optional<std::vector<std::string>>> known;
  const std::string memo_key = driver + "\n" + driver_id;
  {
    std::lock_guard lock(mutex);
    if (auto it = known.find(memo_key); it != known.end()) return it->second;
  }
  fs::path file = memo_dir.empty() ? fs::path() : memo_file(memo_dir, memo_key);
  auto parts = file.empty() ? std::nullopt : read_memo(file, memo_key);
  if (!parts) {
    parts = ask_driver(driver);
    if (parts && !file.empty()) write_memo(file, memo_key, *parts);
  }
  std::lock_guard lock(mutex);
  known.emplace(memo_key, parts);
  return parts;
}

}  // namespace

std::optional<std::string> toolchain_fingerprint(const std::vector<std::string>& command,
                                                 const fs::path& memo_dir) {
  if (command.empty()) return "none";
  auto driver = resolve(command[0]);
  auto driver_stat = driver ? base::status_of(*driver, base::Links::Follow) : std::nullopt;
  if (!driver_stat) return "missing";
  const struct stat& st = *driver_stat;
  std::string out = "driver " + identity(st);
  if (!is_c_driver(*driver)) return out;  // an interpreter, javac: the program itself
  auto parts = driver_parts(*driver, identity(st), memo_dir);
  if (!parts) return std::nullopt;
  for (const std::string& part : *parts) out += "\n" + part + " " + identity(part);
  return out;
}

}  // namespace judge
