#include "sandbox/process.h"

#include "sandbox/spec.h"

#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

namespace sandbox::process {
namespace {

// The program's stack until it execs (start_program). Static: nothing here allocates.
alignas(64) char program_stack[64 * 1024];

}  // namespace

void close_all_but(const std::vector<int>& keep) {
  unsigned first = 0;
  for (int fd : keep) {
    if (static_cast<unsigned>(fd) > first)
      ::syscall(SYS_close_range, first, static_cast<unsigned>(fd) - 1, 0U);
    first = static_cast<unsigned>(fd) + 1;
  }
  ::syscall(SYS_close_range, first, ~0U, 0U);
}

void reset_signals() {
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  for (int sig = 1; sig < NSIG; ++sig) ::sigaction(sig, &dfl, nullptr);
  sigset_t none;
  ::sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
}

void wait_for_release(const Plan& plan) {
  char go = 0;
  ssize_t n;
  do n = ::read(plan.sync_fd, &go, 1);
  while (n < 0 && errno == EINTR);
  if (n != 1) ::_exit(126);
  ::close(plan.sync_fd);
}

void wait_for_go(const Plan& plan) {
  if (plan.go_fd < 0) return;
  char go = 0;
  ssize_t n;
  do n = ::read(plan.go_fd, &go, 1);
  while (n < 0 && errno == EINTR);
  if (n != 1) ::_exit(126);  // the judge dropped the box: nothing to run
  ::close(plan.go_fd);
}

void hide_judge(const Plan& plan) {
  for (const Plan::Span& span : plan.wipe)
    if (span.start) std::memset(span.start, 0, span.size);
  ::prctl(PR_SET_NAME, "init");
}

void die_with_judge() {
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
}

void make_undumpable() {
  ::prctl(PR_SET_DUMPABLE, 0);
}

void set_umask(mode_t mask) {
  ::umask(mask);
}

pid_t start_program(int (*entry)(void*), const Plan& plan) {
  return ::clone(entry, program_stack + sizeof program_stack, CLONE_VM | CLONE_VFORK | SIGCHLD,
                 const_cast<Plan*>(&plan));
}

void close_program_ends(const Plan& plan) {
  ::close(plan.exec_fd);
  if (plan.notify_fd >= 0) ::close(plan.notify_fd);
}

int wait_for_program(pid_t program) {
  for (;;) {
    int status = 0;
    pid_t pid = ::waitpid(-1, &status, __WALL);
    if (pid < 0 && errno == EINTR) continue;
    if (pid < 0) return 0;
    if (pid == program) return status;
  }
}

long long monotonic_ns() {
  timespec now{};
  ::clock_gettime(CLOCK_MONOTONIC, &now);
  return static_cast<long long>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

void end_all_others() {
  ::kill(-1, SIGKILL);
  while (::waitpid(-1, nullptr, __WALL) > 0 || errno == EINTR) {
  }
}

int new_session() {
  return ::setsid() < 0 ? errno : 0;
}

// The fds may be 0..2 (or any of the extra fds' targets) already: lift them all above the
// targets before dup2. The parent keeps the payload's own channels clear of the targets.
int install_stdio(const Plan& plan) {
  const std::size_t count = 3 + plan.extra_fds.size();
  if (plan.extra_fds.size() > kMaxExtraFds) return EMFILE;
  int lifted[3 + kMaxExtraFds];
  const int above = static_cast<int>(std::max<std::size_t>(10, count));
  for (std::size_t i = 0; i < count; ++i) {
    int fd = i < 3 ? plan.stdio[i] : plan.extra_fds[i - 3];
    lifted[i] = ::fcntl(fd, F_DUPFD_CLOEXEC, above);
    if (lifted[i] < 0) return errno;
  }
  for (std::size_t i = 0; i < count; ++i) {
    if (::dup2(lifted[i], static_cast<int>(i)) < 0) return errno;
  }
  return 0;
}

int close_on_exec_from(unsigned first) {
  return ::syscall(SYS_close_range, first, ~0U, CLOSE_RANGE_CLOEXEC) != 0 ? errno : 0;
}

int enter_working_dir(const Plan& plan) {
  return ::chdir(plan.cwd) != 0 ? errno : 0;
}

void exit_now(int code) {
  for (;;) ::syscall(SYS_exit_group, code);
}

int exec(const Plan& plan) {
  if (std::strchr(plan.path, '/')) {
    ::execve(plan.path, plan.argv.data(), plan.envp.data());
    return errno;
  }
  int result = ENOENT;
  char full[PATH_MAX];
  std::size_t name_len = std::strlen(plan.path);
  for (const char* dir : plan.search_path) {
    std::size_t dir_len = std::strlen(dir);
    if (dir_len + 1 + name_len + 1 > sizeof full) continue;
    std::memcpy(full, dir, dir_len);
    full[dir_len] = '/';
    std::memcpy(full + dir_len + 1, plan.path, name_len + 1);
    ::execve(full, plan.argv.data(), plan.envp.data());
    if (errno == EACCES)
      result = EACCES;  // like execvp: report EACCES over a later ENOENT
    else if (errno != ENOENT && errno != ENOTDIR)
      return errno;
  }
  return result;
}

}  // namespace sandbox::process
