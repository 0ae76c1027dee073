#include "sandbox/stdio.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <climits>
#include <cstring>

#include "sandbox/error.h"

namespace sandbox {
namespace {

const char* stream_name(int fd_number) {
  return fd_number == 0 ? "stdin" : fd_number == 1 ? "stdout" : "stderr";
}

void check_handoff(int fd, int fd_number, const std::string& what) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) throw_errno(std::string(stream_name(fd_number)) + ": " + what);
  if (S_ISDIR(st.st_mode))
    throw SandboxError(std::string(stream_name(fd_number)) + ": " + what + " is a directory");
  if (::isatty(fd))
    throw SandboxError(std::string(stream_name(fd_number)) + ": " + what +
                       " is a terminal; a box must not get one (use a file, or the default pipe)");
}

// The input as an error names it: its path when the judge opened it.
std::string input_name(const Stream& stream) {
  if (const auto* path = std::get_if<Stream::Path>(&stream.target)) return "'" + path->path + "'";
  return "the given file";
}

// A regular file given as stdin stays the host's file: the program can reopen it through
// /proc/self/fd/0 with whatever the file's mode grants its uid, which is "others". One writable by
// others would let a box rewrite a test input for every later run.
// Checked on the fd the box gets, not on a path: nothing can change between the check and the run.
// Every caller gets it: a judge's test input, a checker's, an interactor's.
void refuse_writable_input(int fd, const std::string& what) {
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & S_IWOTH))
    throw SandboxError("stdin: " + what +
                       " is writable by others (chmod o-w): the program could rewrite it through "
                       "/proc/self/fd/0");
}

constexpr std::size_t kPendingLimit = 1 << 20;

// Writes up to `size` bytes; returns how many went, or -1 with errno. A reader that went away
// takes everything (the rest is dropped). A closed reader must not kill the judge: SIGPIPE is
// blocked in this thread around the write and a pending one is consumed.
ssize_t write_nosigpipe(int fd, const char* data, std::size_t size) {
  sigset_t pipe_set, old;
  ::sigemptyset(&pipe_set);
  ::sigaddset(&pipe_set, SIGPIPE);
  ::pthread_sigmask(SIG_BLOCK, &pipe_set, &old);
  ssize_t n;
  do n = ::write(fd, data, size);
  while (n < 0 && errno == EINTR);
  int error = errno;
  if (n < 0 && errno == EPIPE) {
    struct timespec zero {};
    ::sigtimedwait(&pipe_set, nullptr, &zero);
    n = static_cast<ssize_t>(size);
  }
  if (n < 0 && error == EAGAIN) n = 0;
  ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
  errno = error;
  return n;
}

}  // namespace

bool Pump::can_read() const {
  return open() && (box_gone || forward_fd < 0 || pending.size() < kPendingLimit);
}

void Pump::drain() {
  char buf[65536];
  while (can_read()) {
    std::size_t room = forward_fd >= 0 && !box_gone
                           ? std::min(sizeof buf, kPendingLimit - pending.size())
                           : sizeof buf;
    ssize_t n = ::read(read_end.get(), buf, room);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EAGAIN) return;
    if (n <= 0) {
      read_end.reset();
      return;
    }
    total += static_cast<std::uint64_t>(n);
    if (keep) {
      std::size_t space = data.size() < *keep ? static_cast<std::size_t>(*keep - data.size()) : 0;
      std::size_t take = std::min(space, static_cast<std::size_t>(n));
      data.append(buf, take);
      if (take < static_cast<std::size_t>(n)) truncated = true;
    }
    if (forward_fd >= 0) pending.append(buf, static_cast<std::size_t>(n));
  }
}

void Pump::write_some() {
  // To a pipe at most PIPE_BUF, which one that polls writable takes without blocking; to a file
  // all of it.
  while (!pending.empty()) {
    std::string_view queued = pending.front();
    std::size_t chunk =
        forward_to_file ? queued.size() : std::min<std::size_t>(queued.size(), PIPE_BUF);
    ssize_t n = write_nosigpipe(forward_fd, queued.data(), chunk);
    if (n < 0 || (n == 0 && forward_to_file)) {
      // ENOSPC, EIO...: what the box wrote can no longer all arrive. Count on, forward no more.
      write_error = n < 0 ? errno : EIO;
      pending.clear();
      forward_fd = -1;
      return;
    }
    pending.consume(static_cast<std::size_t>(n));
    if (!forward_to_file) return;
  }
}

void Pump::flush(std::chrono::milliseconds patience) {
  auto deadline = std::chrono::steady_clock::now() + patience;
  while (wants_write()) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    pollfd pfd{forward_fd, POLLOUT, 0};
    if (left.count() <= 0 || ::poll(&pfd, 1, static_cast<int>(left.count())) <= 0) {
      pending.clear();
      truncated = true;
      return;
    }
    write_some();
  }
}

BoxStream open_stream(const Stream& stream, int fd_number) {
  BoxStream out;
  const bool input = fd_number == 0;
  auto make_pump = [&](std::optional<std::uint64_t> keep, int forward_fd) {
    if (input) throw SandboxError("stdin cannot be captured or forwarded");
    out.ours = true;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) throw_errno("pipe2");
    Pump pump;
    pump.read_end = base::UniqueFd(fds[0]);
    out.box_end = base::UniqueFd(fds[1]);
    ::fcntl(fds[0], F_SETFL, O_NONBLOCK);
    pump.keep = keep;
    pump.forward_fd = forward_fd;
    struct stat st {};
    pump.forward_to_file = forward_fd >= 0 && ::fstat(forward_fd, &st) == 0 && S_ISREG(st.st_mode);
    out.pump = std::move(pump);
  };
  std::visit(
      [&](const auto& target) {
        using T = std::decay_t<decltype(target)>;
        if constexpr (std::is_same_v<T, Stream::Null>) {
          out.box_end =
              base::UniqueFd(::open("/dev/null", (input ? O_RDONLY : O_WRONLY) | O_CLOEXEC));
          if (!out.box_end) throw_errno("cannot open /dev/null");
        } else if constexpr (std::is_same_v<T, Stream::Path>) {
          out.ours = !input;
          int flags = input ? O_RDONLY : (O_WRONLY | O_CREAT | O_TRUNC);
          out.box_end =
              base::UniqueFd(::open(target.path.c_str(), flags | O_CLOEXEC | O_NOCTTY, 0644));
          if (!out.box_end)
            throw_errno(std::string(stream_name(fd_number)) + ": cannot open '" + target.path +
                        "'");
          check_handoff(out.box_end.get(), fd_number, "'" + target.path + "'");
        } else if constexpr (std::is_same_v<T, Stream::Fd>) {
          check_handoff(target.fd, fd_number, "fd " + std::to_string(target.fd));
          out.box_end = base::UniqueFd(::fcntl(target.fd, F_DUPFD_CLOEXEC, 3));
          if (!out.box_end) throw_errno("dup");
        } else if constexpr (std::is_same_v<T, Stream::Given>) {
          if (!target.fd || !*target.fd)
            throw SandboxError(std::string(stream_name(fd_number)) + ": no fd given");
          out.box_end = std::move(*target.fd);
          out.given = true;
          check_handoff(out.box_end.get(), fd_number, "the given fd");
        } else if constexpr (std::is_same_v<T, Stream::Capture>) {
          make_pump(target.max, -1);
        } else {
          make_pump(std::nullopt, target.fd);
        }
      },
      stream.target);
  if (input && out.box_end) refuse_writable_input(out.box_end.get(), input_name(stream));
  if (!input && !out.pump) {
    struct stat st {};
    out.regular_file = ::fstat(out.box_end.get(), &st) == 0 && S_ISREG(st.st_mode);
    out.initial_size = out.regular_file ? static_cast<std::uint64_t>(st.st_size) : 0;
  }
  return out;
}

void BoxStream::hand_over(uid_t uid, gid_t gid) {
  if (!ours || !box_end) return;
  if (pump) {
    (void)::fchown(box_end.get(), uid, gid);
  } else if (regular_file) {
    struct stat st {};
    if (::fstat(box_end.get(), &st) != 0) return;
    original_mode = st.st_mode & 07777;
    (void)::fchmod(box_end.get(), (*original_mode & 0700) | 0022);
  }
}

void BoxStream::take_back() {
  if (box_end && original_mode) (void)::fchmod(box_end.get(), *original_mode);
  original_mode.reset();
}

}  // namespace sandbox
