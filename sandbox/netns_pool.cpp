#include "sandbox/netns_pool.h"

#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <system_error>

#include "sandbox/error.h"
#include "sandbox/net.h"

namespace sandbox {
namespace {

// The calling thread gets a fd table of its own, emptied: what it opens from now on (sockets,
// sysctl files, the namespaces kept ready) never appears in the judge's table, so a box's clone
// copies none of it and the host's fd counts do not move with the pool. The copies of the judge's
// fds that unshare made are closed at once: a copy of another box's pipe must not delay its EOF.
void own_fd_table() {
  if (::unshare(CLONE_FILES) != 0) throw_errno("unshare(CLONE_FILES)");
  ::syscall(SYS_close_range, 0U, ~0U, 0U);
}

// A fresh namespace, made and set up by the calling thread, which then goes back to `home`. Returns
// an fd of it (in the thread's own table). Throws SandboxError.
int make_namespace(int home) {
  if (::unshare(CLONE_NEWNET) != 0) throw_errno("unshare(CLONE_NEWNET)");
  int err = net::bring_up_loopback();
  if (err == 0) err = net::cap_socket_buffers();
  int fd = err != 0 ? -1 : ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
  if (err == 0 && fd < 0) err = errno;
  if (::setns(home, CLONE_NEWNET) != 0) {
    // The thread ends with the exception: nothing else runs in that namespace.
    if (fd >= 0) ::close(fd);
    throw_errno("going back to the judge's network namespace");
  }
  if (err != 0) throw_errno("setting up a network namespace ahead", err);
  return fd;
}

}  // namespace

NetnsPool::NetnsPool(unsigned ahead) : ahead_(std::min(ahead, kMaxAhead)) {
  if (ahead_ == 0) return;
  making_ = true;  // until the first is ready, takers wait for it
  // Every signal blocked in the thread (it inherits the mask): the judge's own handling (the CLI's
  // signal watcher) must never find a signal delivered here.
  sigset_t all, old;
  ::sigfillset(&all);
  ::pthread_sigmask(SIG_SETMASK, &all, &old);
  try {
    thread_ = std::thread([this] { fill(); });
  } catch (const std::system_error& e) {
    making_ = false;
    failure_ = std::string("no thread to make network namespaces ahead: ") + e.what();
  }
  ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
}

NetnsPool::~NetnsPool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
}

std::string NetnsPool::failure() const {
  std::lock_guard lock(mutex_);
  return failure_;
}

base::UniqueFd NetnsPool::take() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return !ready_.empty() || !making_; });
  if (ready_.empty()) return {};
  int theirs = ready_.front();
  // The thread's fd, reopened through /proc: a new open file of the same namespace, in our table.
  std::string path = "/proc/self/task/" + std::to_string(tid_) + "/fd/" + std::to_string(theirs);
  base::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd) throw_errno("opening a network namespace made ahead (" + path + ")");
  ready_.pop_front();
  taken_.push_back(theirs);  // never handed out again; the thread closes its copy
  changed_.notify_all();
  return fd;
}

// Under the lock: closes what was taken, then waits until one is wanted. False: stop.
bool NetnsPool::wait_for_work(std::unique_lock<std::mutex>& lock) {
  for (;;) {
    for (int fd : taken_) ::close(fd);
    taken_.clear();
    if (stopping_) return false;
    if (ready_.size() < ahead_) return true;
    changed_.wait(lock, [&] { return stopping_ || !taken_.empty() || ready_.size() < ahead_; });
  }
}

// The thread: keeps `ahead_` namespaces ready until stopped. On a failure it stops making them (and
// boxes make their own, as without a pool); what it had made goes with it.
void NetnsPool::fill() {
  base::UniqueFd home;
  std::string why;
  try {
    own_fd_table();
    home.reset(::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC));
    if (!home) throw_errno("opening the judge's network namespace");
  } catch (const SandboxError& e) {
    why = e.what();
  }
  std::unique_lock lock(mutex_);
  tid_ = static_cast<pid_t>(::gettid());
  while (why.empty() && wait_for_work(lock)) {
    making_ = true;
    lock.unlock();
    int fd = -1;
    try {
      fd = make_namespace(home.get());
    } catch (const SandboxError& e) {
      why = e.what();
    }
    lock.lock();
    making_ = false;
    if (fd >= 0) ready_.push_back(fd);
    changed_.notify_all();
  }
  // Closed here, and anything left with this thread's fd table.
  for (int fd : ready_) ::close(fd);
  ready_.clear();
  making_ = false;
  failure_ = why;
  changed_.notify_all();
}

}  // namespace sandbox
