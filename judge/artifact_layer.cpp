#include "judge/artifact_layer.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

#include "sandbox/collect.h"
#include "sandbox/error.h"
#include "base/fd.h"

namespace judge {
namespace fs = std::filesystem;
using base::UniqueFd;

namespace {

void make_dir(const fs::path& dir) {
  if (::mkdir(dir.c_str(), 0755) != 0 || ::chmod(dir.c_str(), 0755) != 0)
    sandbox::throw_errno("cannot create " + dir.string());
}

base::UniqueFd open_dir(const fs::path& dir) {
  base::UniqueFd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
  if (!fd) sandbox::throw_errno("cannot open " + dir.string());
  return fd;
}

// An open regular file of at most `max_size` bytes, never through a link.
base::UniqueFd open_regular(int dir, const std::string& name, std::uint64_t max_size,
                            struct stat& st) {
  base::UniqueFd in(::openat(dir, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
  if (!in) sandbox::throw_errno("cannot open artifact " + name);
  if (::fstat(in.get(), &st) != 0 || !S_ISREG(st.st_mode))
    throw sandbox::SandboxError("artifact " + name + " is not a regular file");
  if (static_cast<std::uint64_t>(st.st_size) > max_size)
    throw sandbox::SandboxError("artifact " + name + " is too large");
  return in;
}

void copy_contents(int in, const std::string& name, int to_dir, mode_t mode,
                   std::uint64_t max_size) {
  base::UniqueFd out(
      ::openat(to_dir, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode));
  if (!out) sandbox::throw_errno("cannot create " + name);
  char buf[1 << 16];
  std::uint64_t total = 0;
  for (;;) {
    ssize_t n = ::read(in, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) sandbox::throw_errno("reading artifact " + name);
    if (n == 0) break;
    total += static_cast<std::uint64_t>(n);
    if (total > max_size) throw sandbox::SandboxError("artifact " + name + " is too large");
    if (::write(out.get(), buf, static_cast<std::size_t>(n)) != n)
      sandbox::throw_errno("writing " + name);
  }
  if (::fchmod(out.get(), mode) != 0) sandbox::throw_errno("chmod " + name);
}

// The file the box's init made is taken as it is (a link) once it is the judge's, read-only to
// others and without setuid bits; a file with another name somewhere could still change through
// it, so it is copied, as is any file a link cannot take (another filesystem, no /proc).
void place(int from_dir, const std::string& name, int to_dir, std::uint64_t max_size) {
  struct stat st {};
  base::UniqueFd in = open_regular(from_dir, name, max_size, st);
  mode_t mode = (st.st_mode & 0111) ? 0755 : 0644;
  if (st.st_nlink == 1 && ::fchown(in.get(), ::geteuid(), ::getegid()) == 0 &&
      ::fchmod(in.get(), mode) == 0) {
    // The open file itself, not whatever the name means by now.
    std::string self = "/proc/self/fd/" + std::to_string(in.get());
    if (::linkat(AT_FDCWD, self.c_str(), to_dir, name.c_str(), AT_SYMLINK_FOLLOW) == 0) return;
  }
  copy_contents(in.get(), name, to_dir, mode, max_size);
}

}  // namespace

std::vector<std::string> matching_files(const fs::path& dir,
                                        const std::vector<std::string>& patterns) {
  std::vector<std::string> names;
  DIR* d = ::opendir(dir.c_str());
  if (!d) return names;
  while (dirent* e = ::readdir(d)) {
    struct stat st {};
    if (::fstatat(::dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
      continue;
    for (const std::string& pattern : patterns)
      if (sandbox::collect::glob_match(pattern.c_str(),
                                       e->d_name)) {  // as the box's init matched them
        names.emplace_back(e->d_name);
        break;
      }
  }
  ::closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

void make_layer(const fs::path& from_dir, const std::vector<std::string>& names,
                std::uint64_t max_size, const fs::path& layer) {
  make_dir(layer);
  make_dir(layer / "sol");
  base::UniqueFd from = open_dir(from_dir), to = open_dir(layer / "sol");
  for (const std::string& name : names) place(from.get(), name, to.get(), max_size);
}

void copy_layer(const fs::path& from, const fs::path& to) {
  make_dir(to);
  make_dir(to / "sol");
  base::UniqueFd in_dir = open_dir(from / "sol"), out_dir = open_dir(to / "sol");
  for (const std::string& name : matching_files(from / "sol", {"*"})) {
    struct stat st {};
    base::UniqueFd in = open_regular(in_dir.get(), name, UINT64_MAX, st);
    copy_contents(in.get(), name, out_dir.get(), st.st_mode & 0777, UINT64_MAX);
  }
}

}  // namespace judge
