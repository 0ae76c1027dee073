#include "sandbox/collect.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>

#include "base/copy_file.h"
#include "base/glob.h"

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
    if (base::glob_match(pattern, name)) return true;
  return false;
}

enum class Copy { Done, Skipped, Failed };

// One file: never through a link, only a regular file, at most the size limit. Failed is an error
// of reading or writing (ENOSPC on the judge's side, say), with errno set: not the box's choice.
Copy copy_out(int from_dir, const char* name, int to_dir, unsigned long long max_bytes,
              unsigned long long& copied) {
  base::UniqueFd in;
  struct stat st {};
  if (base::open_regular_at(from_dir, name, max_bytes, in, st) != base::OpenRegular::Ok)
    return Copy::Skipped;
  std::uint64_t total = 0;
  const base::CopyTarget to{to_dir, name, static_cast<mode_t>((st.st_mode & 0111) ? 0755 : 0644)};
  switch (
      base::copy_to_new_file(in.get(), to, max_bytes, {copy_buffer, sizeof copy_buffer}, total)) {
    case base::CopyResult::Done: copied = total; return Copy::Done;
    case base::CopyResult::TooLarge: return Copy::Skipped;  // grew past the limit while copied
    default: return Copy::Failed;
  }
}

}  // namespace

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
