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
// fds that unshare made are closed at once, and the copy is made while no box's fds are in flight
// (`fd_table_mutex`): a copy of another box's pipe must not delay its EOF.
void own_fd_table(std::mutex& fd_table_mutex) {
  std::lock_guard no_box_fds_in_flight(fd_table_mutex);
  if (::unshare(CLONE_FILES) != 0) throw_errno("unshare(CLONE_FILES)");
  if (::syscall(SYS_close_range, 0U, ~0U, 0U) != 0) throw_errno("close_range");
}

// A fresh namespace, made and set up by the calling thread, which then goes back to `home`. Returns
// an fd of it (in the thread's own table). Throws SandboxError.
int make_namespace(int home) {
  if (::unshare(CLONE_NEWNET) != 0) throw_errno("unshare(CLONE_NEWNET)");
  int err = net::bring_up_loopback();
  if (err == 0) err = net::cap_socket_buffers();
  int fd = err != 0 ? -1 : net::open_current_namespace();
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

NetnsPool::NetnsPool(unsigned ahead, std::mutex& fd_table_mutex)
    : ahead_(std::min(ahead, kMaxAhead)), fd_table_mutex_(fd_table_mutex) {
  if (ahead_ == 0) return;
  Lock lock(mutex_);
  start_thread(lock);
}

NetnsPool::~NetnsPool() {
  {
    Lock lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
}

// Under the lock. A thread that ended has released the lock for the last time: joining it here
// waits for nothing of ours.
void NetnsPool::start_thread(Lock&) {
  if (thread_.joinable()) thread_.join();
  // Every signal blocked in the thread (it inherits the mask): the judge's own handling (the CLI's
  // signal watcher) must never find a signal delivered here.
  sigset_t all, old;
  ::sigfillset(&all);
  ::pthread_sigmask(SIG_SETMASK, &all, &old);
  try {
    thread_ = std::thread([this] { fill(); });
    running_ = true;
  } catch (const std::system_error& e) {
    failure_ = std::string("no thread to make network namespaces ahead: ") + e.what();
  }
  ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
}

std::string NetnsPool::failure() const {
  Lock lock(mutex_);
  return failure_;
}

// Under the lock: whether one more should be made now. `ahead_` at the start (fewer if runs made
// their own before the thread could), and the ones taken replaced only from the second run on: a
// Sandbox that runs one box (the CLI's `judge sandbox`) makes one namespace, as before the pool.
bool NetnsPool::wants_more() const {
  return failure_.empty() && !stopping_ && ready_.size() < ahead_ &&
         (made_ < ahead_ || asked_ >= 2);
}

base::UniqueFd NetnsPool::take() {
  Lock lock(mutex_);
  ++asked_;
  // Waits for one being made (its kernel work is under way on another CPU), never for the thread
  // to be scheduled: on a busy host that can take longer than making it here.
  changed_.wait(lock, [&] { return !ready_.empty() || !making_; });
  base::UniqueFd fd;
  if (ready_.empty())
    ++made_;  // by the caller's clone3: one fewer for the thread to make at its start
  else
    fd = hand_over_first();
  if (wants_more() && !running_)
    start_thread(lock);
  else if (wants_more() || ready_.empty())
    changed_.notify_all();  // one to make, or nothing left to keep: the thread ends now, while
                            // the box runs, not when the judge exits
  return fd;
}

// Under the lock: the first ready namespace, for the caller only from now on.
base::UniqueFd NetnsPool::hand_over_first() {
  int theirs = ready_.front();
  // The thread's fd, reopened through /proc: a new open file of the same namespace, in our table.
  std::string path = "/proc/self/task/" + std::to_string(tid_) + "/fd/" + std::to_string(theirs);
  base::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd) throw_errno("opening a network namespace made ahead (" + path + ")");
  ready_.pop_front();
  taken_.push_back(theirs);  // never handed out again; the thread closes its copy
  return fd;
}

bool NetnsPool::wait_until_ready() {
  Lock lock(mutex_);
  changed_.wait(lock, [&] { return !ready_.empty() || !(making_ || wants_more()); });
  return !ready_.empty();
}

// Under the lock: closes what was taken, then waits until one is wanted. False: the thread ends
// (stopped, or nothing to make and nothing to keep; take() starts another when one is wanted).
bool NetnsPool::wait_for_work(Lock& lock) {
  for (;;) {
    for (int fd : taken_) ::close(fd);
    taken_.clear();
    if (stopping_) return false;
    if (wants_more()) return true;
    if (ready_.empty()) return false;
    changed_.wait(lock, [&] { return stopping_ || wants_more() || ready_.empty(); });
  }
}

// Under the lock: makes namespaces while they are wanted. A failure ends the pool for good (boxes
// then make their own, as without it).
void NetnsPool::make_until_idle(Lock& lock, int home) {
  while (wait_for_work(lock)) {
    making_ = true;
    lock.unlock();
    int fd = -1;
    std::string why;
    try {
      fd = make_namespace(home);
    } catch (const std::exception& e) {  // anything: an exception here would end the judge
      why = e.what();
    }
    lock.lock();
    making_ = false;
    changed_.notify_all();
    if (fd < 0) {
      failure_ = why;
      return;
    }
    ready_.push_back(fd);
    ++made_;
  }
}

// The thread. What it had made and nobody took goes with its fd table when it ends.
void NetnsPool::fill() {
  base::UniqueFd home;
  std::string why;
  try {
    own_fd_table(fd_table_mutex_);
    home.reset(net::open_current_namespace());
    if (!home) throw_errno("opening the judge's network namespace");
  } catch (const std::exception& e) {
    why = e.what();
  }
  Lock lock(mutex_);
  tid_ = static_cast<pid_t>(::gettid());
  if (why.empty()) {
    try {
      make_until_idle(lock, home.get());
    } catch (const std::exception& e) {  // bad_alloc keeping one: the pool stops, the judge goes on
      failure_ = e.what();
    }
  } else {
    failure_ = why;
  }
  for (int fd : ready_) ::close(fd);
  ready_.clear();
  running_ = false;
  changed_.notify_all();
}

}  // namespace sandbox
