#include "sandbox/collect.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace sandbox::collect {
namespace {

alignas(64) char copy_buffer[64 * 1024];
alignas(64) char dirent_buffer[32 * 1024];

struct LinuxDirent64 {
  ino64_t d_ino;
  off64_t d_off;
  unsigned short d_reclen;
  unsigned char d_type;
  char d_name[];
};

bool matches(const Plan& plan, const char* name) {
  for (const char* pattern : plan.collect_patterns)
    if (glob_match(pattern, name)) return true;
  return false;
}

enum class Copy { Done, Skipped, Failed };

// One file: never through a link, only a regular file, at most the size limit. Failed is an error
// of reading or writing (ENOSPC on the judge's side, say), with errno set: not the box's choice.
Copy copy_out(int from_dir, const char* name, int to_dir, unsigned long long max_bytes,
              unsigned long long& copied) {
  int in = ::openat(from_dir, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (in < 0) return Copy::Skipped;
  struct stat st {};
  if (::fstat(in, &st) != 0 || !S_ISREG(st.st_mode) ||
      static_cast<unsigned long long>(st.st_size) > max_bytes) {
    ::close(in);
    return Copy::Skipped;
  }
  int out = ::openat(to_dir, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                     (st.st_mode & 0111) ? 0755 : 0644);
  Copy result = out >= 0 ? Copy::Done : Copy::Failed;
  int error = out >= 0 ? 0 : errno;
  unsigned long long total = 0;
  while (result == Copy::Done) {
    ssize_t n = ::read(in, copy_buffer, sizeof copy_buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) break;
    if (n < 0) {
      result = Copy::Failed;
      error = errno;
      break;
    }
    total += static_cast<unsigned long long>(n);
    if (total > max_bytes) {
      result = Copy::Skipped;  // grew past the limit while being copied
      break;
    }
    for (ssize_t done = 0; done < n;) {
      ssize_t w = ::write(out, copy_buffer + done, static_cast<std::size_t>(n - done));
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) {
        result = Copy::Failed;
        error = w < 0 ? errno : EIO;
        break;
      }
      done += w;
    }
  }
  if (out >= 0 && ::close(out) != 0 && result == Copy::Done) {
    result = Copy::Failed;
    error = errno;
  }
  if (result != Copy::Done && out >= 0) ::unlinkat(to_dir, name, 0);
  if (result == Copy::Done) copied = total;
  ::close(in);
  errno = error;
  return result;
}

}  // namespace

bool glob_match(const char* pattern, const char* name) {
  for (; *pattern; ++pattern, ++name) {
    if (*pattern == '*') {
      for (const char* rest = name;; ++rest) {
        if (glob_match(pattern + 1, rest)) return true;
        if (!*rest) return false;
      }
    }
    if (!*name || (*pattern != '?' && *pattern != *name)) return false;
  }
  return !*name;
}

int open_source_dir(const Plan& plan) {
  return ::open(plan.cwd, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

void take_out(const Plan& plan, int dir, unsigned& collected, unsigned& skipped, int& error) {
  unsigned long long taken = 0;
  for (;;) {
    long n = ::syscall(SYS_getdents64, dir, dirent_buffer, sizeof dirent_buffer);
    if (n <= 0) break;
    for (long pos = 0; pos < n;) {
      auto* entry = reinterpret_cast<LinuxDirent64*>(dirent_buffer + pos);
      pos += entry->d_reclen;
      const char* name = entry->d_name;
      if (name[0] == '.' && (!name[1] || (name[1] == '.' && !name[2]))) continue;
      if (!matches(plan, name)) continue;
      // All files together are held to the box's disk size too: a sparse file costs the box
      // nothing, but its copy would cost the host its full size.
      unsigned long long room = plan.collect_max_total > taken ? plan.collect_max_total - taken : 0;
      unsigned long long copied = 0;
      Copy copy =
          collected < plan.collect_max_files
              ? copy_out(dir, name, plan.collect_dir_fd,
                         room < plan.collect_max_bytes ? room : plan.collect_max_bytes, copied)
              : Copy::Skipped;
      taken += copied;
      if (copy == Copy::Done) ++collected;
      if (copy == Copy::Skipped) ++skipped;
      if (copy == Copy::Failed && !error) error = errno ? errno : EIO;
    }
  }
}

}  // namespace sandbox::collect
