#include "sandbox/supervisor.h"

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string_view>
#include <vector>

#include "base/fd.h"
#include "sandbox/seccomp.h"

namespace sandbox {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::microseconds;
using std::chrono::milliseconds;

// A box that has not reached exec by then is stuck in setup (a failing mount, a hung filesystem).
constexpr auto kSetupTimeout = std::chrono::seconds(20);
constexpr auto kMinCpuPoll = microseconds(500);
constexpr auto kMaxCpuPoll = milliseconds(100);
constexpr auto kFlushPatience = milliseconds(2000);
constexpr auto kFinishTimeout = std::chrono::seconds(10);
constexpr auto kMaxSleep = std::chrono::seconds(60);  // one ppoll at most

// One run's watch: the state, one handler per event and a short loop (run). Handlers run in a
// fixed order after each wake-up; the order matters where two events come at once (an exit
// report before init's death, output read before the output limit is checked).
class Supervisor {
 public:
  Supervisor(BoxProcess& box, BoxCgroup& cgroup, const Channels& channels, const Limits& limits,
             unsigned parallelism, Pump* out, Pump* err)
      : box_(box),
        cgroup_(cgroup),
        channels_(channels),
        limits_(limits),
        parallelism_(std::max(1u, parallelism)),
        out_(out),
        err_(err),
        notify_open_(channels.notify_socket >= 0) {}

  Supervision run() {
    // The pipe is empty and the judge holds its read end too: the byte always fits. Were it lost,
    // the setup timeout would end the box.
    if (channels_.go >= 0) (void)!::write(channels_.go, "g", 1);
    while (init_running_ || open(out_) || open(err_) || report_open_) {
      watch_fds();
      if (!sleep_until(next_deadline())) break;
      now_ = Clock::now();
      if (ready(i_exec_)) on_exec_pipe();
      if (ready(i_notify_)) on_notify_socket(ready(i_notify_));
      if (ready(i_listener_)) on_listener(ready(i_listener_));
      if (ready(i_report_)) on_report();
      if (ready(i_stop_) && enforcing()) kill(KillReason::Stopped);
      on_pumps();
      if (ready(i_init_)) on_init_exit();
      on_finish_deadline();
      if (enforcing()) on_limits();
    }
    return finish();
  }

 private:
  static bool open(const Pump* pump) { return pump && pump->open(); }

  // Limits hold until the program exits; init's work after that is not the program's.
  bool enforcing() const {
    return init_running_ && s_.killed == KillReason::None && !s_.wait_status;
  }

  void kill(KillReason reason) {
    if (s_.killed == KillReason::None) s_.killed = reason;
    // A stopped program's end is when it is seen: it may have ended by itself just before, and
    // which of two boxes ended first is read from this.
    if (exit_at_ == Clock::time_point{} && reason != KillReason::Stopped) exit_at_ = Clock::now();
    box_.kill();
  }

  // The fds to wait on, each only while it can still say something.
  void watch_fds() {
    n_ = 0;
    auto watch = [&](bool wanted, int fd, short events = POLLIN) {
      if (!wanted || fd < 0) return -1;
      fds_[n_] = {fd, events, 0};
      return n_++;
    };
    i_exec_ = watch(exec_open_, channels_.exec_read);
    i_report_ = watch(report_open_, channels_.report_read);
    i_init_ = watch(init_running_, box_.pidfd());
    i_out_ = watch(out_ && out_->can_read(), out_ ? out_->read_end.get() : -1);
    i_err_ = watch(err_ && err_->can_read(), err_ ? err_->read_end.get() : -1);
    i_out_w_ = watch(out_ && out_->wants_write(), out_ ? out_->forward_fd : -1, POLLOUT);
    i_err_w_ = watch(err_ && err_->wants_write(), err_ ? err_->forward_fd : -1, POLLOUT);
    i_notify_ = watch(notify_open_ && !listener_, channels_.notify_socket);
    i_listener_ = watch(listener_ && !listener_done_, listener_.get());
    i_stop_ = watch(enforcing(), channels_.stop);
  }

  short ready(int index) const { return index >= 0 ? fds_[index].revents : 0; }

  // The nearest deadline: setup, the wall limit, when the CPU limit could first be reached, or
  // the end of init's work after the program.
  std::optional<Clock::time_point> next_deadline() const {
    std::optional<Clock::time_point> wake;
    if (enforcing()) {
      if (!s_.exec_started)
        wake = start_ + kSetupTimeout;
      else if (limits_.wall_time)
        wake = exec_at_ + *limits_.wall_time;
      if (s_.exec_started && limits_.cpu_time)
        wake = wake ? std::min(*wake, next_cpu_check_) : next_cpu_check_;
    } else if (init_running_ && s_.wait_status && !finish_overdue_) {
      wake = exit_at_ + kFinishTimeout;  // init's collecting and measuring is bounded too
    }
    return wake;
  }

  // ppoll, not poll: deadlines to the microsecond, not rounded up to the next millisecond. False
  // when waiting itself failed.
  bool sleep_until(std::optional<Clock::time_point> wake) {
    using std::chrono::nanoseconds;
    timespec timeout{};
    if (wake) {
      auto wait = std::clamp<nanoseconds>(*wake - Clock::now(), nanoseconds(0), kMaxSleep);
      auto whole = std::chrono::duration_cast<std::chrono::seconds>(wait);
      timeout = {static_cast<time_t>(whole.count()), static_cast<long>((wait - whole).count())};
    }
    int got = ::ppoll(fds_, static_cast<nfds_t>(n_), wake ? &timeout : nullptr, nullptr);
    return got >= 0 || errno == EINTR;
  }

  // EOF: the program exec'd (the wall clock starts). An int: exec failed with that errno.
  void on_exec_pipe() {
    int code = 0;
    ssize_t got = ::read(channels_.exec_read, &code, sizeof code);
    if (got == static_cast<ssize_t>(sizeof code)) {
      s_.exec_error = code;
    } else if (got <= 0) {
      exec_open_ = false;
      if (!s_.exec_error) {
        exec_eof_at_ = now_;
        if (baseline_seen_) start_clocks();
      }
    }
  }

  // EOF on the exec pipe is the program's exec only after init's Baseline, which it sends just
  // before it starts the program: an init that died before (a prepared box killed while it
  // waited for its go) closes the pipe too, and its box never ran a program.
  void start_clocks() {
    s_.exec_started = true;
    exec_at_ = exec_eof_at_;
    next_cpu_check_ = now_;
  }

  void on_notify_socket(short revents) {
    int fd = seccomp::receive_listener(channels_.notify_socket);
    if (fd >= 0)
      listener_.reset(fd);
    else if (revents & POLLHUP)
      notify_open_ = false;  // the program never sent one
  }

  // The refused call stays blocked in the kernel until someone answers. Nobody will: the listener
  // stays open until the box is dead, so the call never returns (closing it would make the call
  // fail with ENOSYS and let the program run on until the kill lands).
  void on_listener(short revents) {
    if ((revents & POLLIN) && s_.denied_syscall.empty()) {
      s_.denied_syscall = seccomp::receive_denied_syscall(listener_.get());
      kill(KillReason::Syscall);
    }
    listener_done_ = true;
  }

  CpuUsage counters(const ChildReport& report) const {
    std::vector<std::string_view> texts;
    for (auto& text : report.counters) texts.emplace_back(text);
    texts.resize(cgroup_.cpu_counter_fds().size());
    return cgroup_.parse_cpu_counters(texts);
  }

  void on_report() {
    ChildReport report{};
    ssize_t got = ::read(channels_.report_read, &report, sizeof report);
    if (got <= 0) report_open_ = false;
    if (got != static_cast<ssize_t>(sizeof report)) return;
    switch (report.kind) {
      case ChildReport::SetupFailed:
        if (!s_.setup_failure) s_.setup_failure = report;
        break;
      case ChildReport::Baseline:
        s_.cpu_baseline = counters(report);
        baseline_seen_ = true;
        if (exec_eof_at_ != Clock::time_point{} && !s_.exec_error) start_clocks();
        break;
      case ChildReport::Exited:
        s_.wait_status = report.wait_status;
        s_.exited_ns = report.exited_ns;
        s_.cpu_at_exit = counters(report);
        if (exit_at_ == Clock::time_point{}) exit_at_ = now_;
        break;
      case ChildReport::Finished:
        s_.disk_bytes = report.disk_bytes;
        s_.collected = report.collected;
        s_.collect_skipped = report.collect_skipped;
        s_.collect_error = report.collect_error;
        s_.finished = true;
        break;
      case ChildReport::Alive: break;
    }
  }

  // Output read and forwarded; then the output limit, on what was read so far.
  void on_pumps() {
    if (ready(i_out_)) out_->drain();
    if (ready(i_err_)) err_->drain();
    if (ready(i_out_w_)) out_->write_some();
    if (ready(i_err_w_)) err_->write_some();
    auto over = [&](const Pump* pump) { return pump && pump->total > *limits_.output; };
    if (limits_.output && s_.killed == KillReason::None && (over(out_) || over(err_)))
      kill(KillReason::Output);
  }

  // Every process of the box is gone: what it left in the pipes is all there is. Read it, then
  // close them without waiting for EOF: a write end may survive as an fd in flight (sent over a
  // unix socket into a queue nobody can reach any more), and EOF would never come.
  void on_init_exit() {
    box_.reap();
    init_running_ = false;
    if (exit_at_ == Clock::time_point{}) exit_at_ = now_;
    for (Pump* pump : {out_, err_}) {
      if (!pump) continue;
      pump->box_gone = true;
      pump->drain();
      pump->read_end.reset();
    }
  }

  // One kill once init's work after the program is overdue; then wait for init's death, however
  // long it takes.
  void on_finish_deadline() {
    if (init_running_ && s_.wait_status && !finish_overdue_ && now_ >= exit_at_ + kFinishTimeout) {
      finish_overdue_ = true;
      box_.kill();
    }
  }

  // The setup timeout before exec; the wall and CPU limits after.
  void on_limits() {
    if (!s_.exec_started) {
      if (now_ >= start_ + kSetupTimeout) kill(KillReason::SetupTimeout);
      return;
    }
    if (limits_.wall_time && now_ >= exec_at_ + *limits_.wall_time) {
      kill(KillReason::WallTime);
      return;
    }
    if (limits_.cpu_time && now_ >= next_cpu_check_) on_cpu_check();
  }

  void on_cpu_check() {
    std::uint64_t total = cgroup_.cpu_usage_us();
    auto used = microseconds(total - std::min(total, s_.cpu_baseline.total_us));
    if (used >= *limits_.cpu_time) {
      kill(KillReason::CpuTime);
      return;
    }
    // CPU time grows at most `parallelism` times as fast as the wall clock.
    auto until = (*limits_.cpu_time - used) / parallelism_;
    next_cpu_check_ = now_ + std::clamp<microseconds>(until, kMinCpuPoll, kMaxCpuPoll);
  }

  Supervision finish() {
    if (init_running_) {
      box_.kill();
      box_.reap();
    }
    if (s_.exec_started) {
      if (exit_at_ == Clock::time_point{}) exit_at_ = Clock::now();
      s_.ended_at = exit_at_;
      s_.wall_us = static_cast<std::uint64_t>(
          std::chrono::duration_cast<microseconds>(exit_at_ - exec_at_).count());
    }
    // Output the box wrote before it ended still goes out, if the reader takes it soon.
    if (out_) out_->flush(kFlushPatience);
    if (err_) err_->flush(kFlushPatience);
    if (out_) s_.stdout_write_error = out_->write_error;
    if (err_) s_.stderr_write_error = err_->write_error;
    s_.init_ending = box_.ending();
    return s_;
  }

  BoxProcess& box_;
  BoxCgroup& cgroup_;
  const Channels& channels_;
  const Limits& limits_;
  const unsigned parallelism_;
  Pump* const out_;
  Pump* const err_;

  Supervision s_;
  const Clock::time_point start_ = Clock::now();
  Clock::time_point now_ = start_, exec_at_{}, exit_at_{}, next_cpu_check_ = start_;
  Clock::time_point exec_eof_at_{};  // when the exec pipe closed (see start_clocks)
  bool baseline_seen_ = false;
  bool exec_open_ = true, report_open_ = true, init_running_ = true, finish_overdue_ = false;
  base::UniqueFd listener_;  // seccomp notifications (Kill mode); open until the box is gone
  bool notify_open_, listener_done_ = false;

  pollfd fds_[10];
  int n_ = 0;
  int i_exec_ = -1, i_report_ = -1, i_init_ = -1, i_out_ = -1, i_err_ = -1, i_out_w_ = -1,
      i_err_w_ = -1, i_notify_ = -1, i_listener_ = -1, i_stop_ = -1;
};

}  // namespace

Supervision supervise(BoxProcess& box, BoxCgroup& cgroup, const Channels& channels,
                      const Limits& limits, unsigned parallelism, Pump* out, Pump* err) {
  return Supervisor(box, cgroup, channels, limits, parallelism, out, err).run();
}

}  // namespace sandbox
