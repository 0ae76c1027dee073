#include "base/append_file.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/error.h"
#include "base/file_io.h"

namespace base {

namespace {

// The length of `fd`'s content up to and including its last '\n' (0 when it has none).
off_t complete_lines_length(int fd, const std::string& what) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) throw_system_error("stat " + what);
  char buf[4096];
  off_t end = st.st_size;
  while (end > 0) {
    off_t start = end > static_cast<off_t>(sizeof buf) ? end - static_cast<off_t>(sizeof buf) : 0;
    ssize_t n = ::pread(fd, buf, static_cast<std::size_t>(end - start), start);
    if (n != end - start) throw_system_error("read " + what, n < 0 ? errno : EIO);
    for (ssize_t i = n; i > 0; --i)
      if (buf[i - 1] == '\n') return start + i;
    end = start;
  }
  return 0;
}

}  // namespace

AppendFile::AppendFile(const std::filesystem::path& path) : path_(path) {
  fd_.reset(::open(path.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0644));
  if (!fd_) throw_system_error("open " + path.string());
  // One writer at a time: two batches appending to one file would grade everything twice. The
  // lock goes with the fd, so a killed writer never holds it.
  if (::flock(fd_.get(), LOCK_EX | LOCK_NB) != 0) {
    if (errno == EWOULDBLOCK) throw SystemError(path.string() + " is in use by another process");
    throw_system_error("lock " + path.string());
  }
  off_t keep = complete_lines_length(fd_.get(), path.string());
  struct stat st {};
  if (::fstat(fd_.get(), &st) != 0) throw_system_error("stat " + path.string());
  if (keep != st.st_size) {
    if (::ftruncate(fd_.get(), keep) != 0 || ::fsync(fd_.get()) != 0)
      throw_system_error("cut the torn last line of " + path.string());
  }
}

std::string AppendFile::contents() const {
  std::string text;
  if (!pread_all(fd_.get(), text)) throw_system_error("read " + path_.string());
  return text;
}

void AppendFile::append_synced(std::string_view line) {
  // One write() of the whole line is the rule; a short write (a full disk) is finished by a loop.
  std::size_t done = 0;
  while (done < line.size()) {
    ssize_t n = ::write(fd_.get(), line.data() + done, line.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw_system_error("write " + path_.string(), n < 0 ? errno : EIO);
    done += static_cast<std::size_t>(n);
  }
  if (::fdatasync(fd_.get()) != 0) throw_system_error("fsync " + path_.string());
}

}  // namespace base
