#include "base/host_command.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

#include "base/fd.h"

namespace base {

namespace {

using Clock = std::chrono::steady_clock;

// Owns the spawn attributes and file actions: both must be destroyed whatever happens.
struct SpawnSetup {
  posix_spawnattr_t attr;
  posix_spawn_file_actions_t actions;
  bool ok = false;
  explicit SpawnSetup(int out_fd) {
    ::posix_spawnattr_init(&attr);
    ::posix_spawn_file_actions_init(&actions);
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    ok = ::posix_spawnattr_setflags(
             &attr, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) == 0 &&
         ::posix_spawnattr_setsigmask(&attr, &none) == 0 &&
         ::posix_spawnattr_setsigdefault(&attr, &all) == 0 &&
         ::posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0) == 0 &&
         ::posix_spawn_file_actions_adddup2(&actions, out_fd, 1) == 0 &&
         ::posix_spawn_file_actions_adddup2(&actions, out_fd, 2) == 0 &&
         ::posix_spawn_file_actions_addclosefrom_np(&actions, 3) == 0 &&
         ::posix_spawn_file_actions_addchdir_np(&actions, "/") == 0;
  }
  ~SpawnSetup() {
    ::posix_spawn_file_actions_destroy(&actions);
    ::posix_spawnattr_destroy(&attr);
  }
  SpawnSetup(const SpawnSetup&) = delete;
  SpawnSetup& operator=(const SpawnSetup&) = delete;
};

// Reads `from` until EOF, the deadline, or more than `max` bytes. Whether it reached EOF in time.
bool read_all(int from, std::string& out, std::size_t max, Clock::time_point deadline) {
  char buf[4096];
  for (;;) {
    auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return false;
    pollfd p{from, POLLIN, 0};
    int ready = ::poll(&p, 1, static_cast<int>(left));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) return false;
    ssize_t n = ::read(from, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) return true;
    if (out.size() + static_cast<std::size_t>(n) > max) return false;
    out.append(buf, static_cast<std::size_t>(n));
  }
}

}  // namespace

std::optional<std::string> run_host_command(const std::vector<std::string>& argv,
                                            std::size_t max_output,
                                            std::chrono::milliseconds timeout) {
  if (argv.empty() || argv[0].find('/') == std::string::npos) return std::nullopt;
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return std::nullopt;
  UniqueFd read_end(fds[0]), write_end(fds[1]);
  SpawnSetup setup(write_end.get());
  if (!setup.ok) return std::nullopt;
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  char path_env[] = "PATH=/usr/bin:/bin", locale_env[] = "LC_ALL=C";
  char* env[] = {path_env, locale_env, nullptr};
  pid_t pid = -1;
  if (::posix_spawn(&pid, argv[0].c_str(), &setup.actions, &setup.attr, args.data(), env) != 0)
    return std::nullopt;
  write_end.reset();

  std::string output;
  bool complete = read_all(read_end.get(), output, max_output, Clock::now() + timeout);
  if (!complete) ::kill(-pid, SIGKILL);  // the session: the driver and what it started
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!complete || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::nullopt;
  return output;
}

}  // namespace base
