#include "base/copy_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace base {
namespace {

// Writes all of `data`; false with errno set when it cannot.
bool write_all(int fd, const char* data, std::size_t size) {
  for (std::size_t done = 0; done < size;) {
    ssize_t w = ::write(fd, data + done, size - done);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) {
      if (w == 0) errno = EIO;
      return false;
    }
    done += static_cast<std::size_t>(w);
  }
  return true;
}

CopyResult copy_contents(int in, int out, std::uint64_t max_bytes, CopyBuffer buffer,
                         std::uint64_t& total) {
  for (;;) {
    ssize_t n = ::read(in, buffer.data, buffer.size);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return CopyResult::ReadFailed;
    if (n == 0) return CopyResult::Done;
    total += static_cast<std::uint64_t>(n);
    if (total > max_bytes) return CopyResult::TooLarge;
    if (!write_all(out, buffer.data, static_cast<std::size_t>(n))) return CopyResult::WriteFailed;
  }
}

}  // namespace

OpenRegular open_regular_at(int dir, const char* name, std::uint64_t max_bytes, UniqueFd& fd,
                            struct stat& st) {
  fd.reset(::openat(dir, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
  if (!fd) return OpenRegular::CannotOpen;
  if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) return OpenRegular::NotRegular;
  if (static_cast<std::uint64_t>(st.st_size) > max_bytes) return OpenRegular::TooLarge;
  return OpenRegular::Ok;
}

CopyResult copy_to_new_file(int in, const CopyTarget& to, std::uint64_t max_bytes,
                            CopyBuffer buffer, std::uint64_t& copied) {
  UniqueFd out(
      ::openat(to.dir, to.name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, to.mode));
  if (!out) return CopyResult::CreateFailed;
  std::uint64_t total = 0;
  CopyResult result = copy_contents(in, out.get(), max_bytes, buffer, total);
  if (result == CopyResult::Done && ::fchmod(out.get(), to.mode) != 0)
    result = CopyResult::WriteFailed;
  if (::close(out.release()) != 0 && result == CopyResult::Done) result = CopyResult::WriteFailed;
  int error = errno;
  if (result != CopyResult::Done) ::unlinkat(to.dir, to.name, 0);
  if (result == CopyResult::Done) copied = total;
  errno = error;
  return result;
}

}  // namespace base
