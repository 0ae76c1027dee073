#include "sandbox/stdio.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

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
  if (S_ISDIR(st.st_mode)) throw SandboxError(std::string(stream_name(fd_number)) + ": " + what + " is a directory");
  if (::isatty(fd))
    throw SandboxError(std::string(stream_name(fd_number)) + ": " + what +
                       " is a terminal; a box must not get one (use a file, or the default pipe)");
}

void write_all_nosigpipe(int fd, const char* data, std::size_t size) {
  // A closed reader must not kill the judge: SIGPIPE is blocked in this thread around the write and
  // a pending one is consumed.
  sigset_t pipe_set, old;
  ::sigemptyset(&pipe_set);
  ::sigaddset(&pipe_set, SIGPIPE);
  ::pthread_sigmask(SIG_BLOCK, &pipe_set, &old);
  bool broken = false;
  while (size > 0) {
    ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      broken = errno == EPIPE;
      break;
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  if (broken) {
    struct timespec zero {};
    ::sigtimedwait(&pipe_set, nullptr, &zero);
  }
  ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
}

}  // namespace

bool Pump::drain() {
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(read_end.get(), buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EAGAIN) return true;
    if (n <= 0) {
      read_end.reset();
      return false;
    }
    total += static_cast<std::uint64_t>(n);
    if (keep) {
      std::size_t room = data.size() < *keep ? static_cast<std::size_t>(*keep - data.size()) : 0;
      std::size_t take = std::min(room, static_cast<std::size_t>(n));
      data.append(buf, take);
      if (take < static_cast<std::size_t>(n)) truncated = true;
    }
    if (forward_fd >= 0) write_all_nosigpipe(forward_fd, buf, static_cast<std::size_t>(n));
  }
}

BoxStream open_stream(const Stream& stream, int fd_number) {
  BoxStream out;
  const bool input = fd_number == 0;
  auto make_pump = [&](std::optional<std::uint64_t> keep, int forward_fd) {
    if (input) throw SandboxError("stdin cannot be captured or forwarded");
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) throw_errno("pipe2");
    Pump pump;
    pump.read_end = UniqueFd(fds[0]);
    out.box_end = UniqueFd(fds[1]);
    ::fcntl(fds[0], F_SETFL, O_NONBLOCK);
    pump.keep = keep;
    pump.forward_fd = forward_fd;
    out.pump = std::move(pump);
  };
  std::visit(
      [&](const auto& target) {
        using T = std::decay_t<decltype(target)>;
        if constexpr (std::is_same_v<T, Stream::Null>) {
          out.box_end = UniqueFd(::open("/dev/null", (input ? O_RDONLY : O_WRONLY) | O_CLOEXEC));
          if (!out.box_end) throw_errno("cannot open /dev/null");
        } else if constexpr (std::is_same_v<T, Stream::Path>) {
          int flags = input ? O_RDONLY : (O_WRONLY | O_CREAT | O_TRUNC);
          out.box_end = UniqueFd(::open(target.path.c_str(), flags | O_CLOEXEC | O_NOCTTY, 0644));
          if (!out.box_end) throw_errno(std::string(stream_name(fd_number)) + ": cannot open '" + target.path + "'");
          check_handoff(out.box_end.get(), fd_number, "'" + target.path + "'");
        } else if constexpr (std::is_same_v<T, Stream::Fd>) {
          check_handoff(target.fd, fd_number, "fd " + std::to_string(target.fd));
          out.box_end = UniqueFd(::fcntl(target.fd, F_DUPFD_CLOEXEC, 3));
          if (!out.box_end) throw_errno("dup");
        } else if constexpr (std::is_same_v<T, Stream::Capture>) {
          make_pump(target.max, -1);
        } else {
          make_pump(std::nullopt, target.fd);
        }
      },
      stream.target);
  if (!input && !out.pump) {
    struct stat st {};
    out.regular_file = ::fstat(out.box_end.get(), &st) == 0 && S_ISREG(st.st_mode);
    out.initial_size = out.regular_file ? static_cast<std::uint64_t>(st.st_size) : 0;
  }
  return out;
}

}  // namespace sandbox
