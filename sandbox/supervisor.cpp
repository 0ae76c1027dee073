#include "sandbox/supervisor.h"

#include <poll.h>
#include <unistd.h>

#include <algorithm>

#include "sandbox/fd.h"
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

}  // namespace

Supervision supervise(BoxProcess& box, BoxCgroup& cgroup, const Channels& channels,
                      const SupervisorLimits& limits, Pump* out, Pump* err) {
  Supervision s;
  const auto start = Clock::now();
  Clock::time_point exec_at{}, exit_at{};
  bool exec_open = true, report_open = true, init_running = true, finish_overdue = false;
  UniqueFd listener;  // seccomp notifications (Kill mode); open until the box is gone
  bool notify_open = channels.notify_socket >= 0, listener_done = false;
  auto next_cpu_check = start;

  auto kill = [&](KillReason reason) {
    if (s.killed == KillReason::None) s.killed = reason;
    if (exit_at == Clock::time_point{}) exit_at = Clock::now();
    box.kill();
  };

  while (init_running || (out && out->open()) || (err && err->open()) || report_open) {
    pollfd fds[9];
    int n = 0;
    auto watch = [&](int fd, short events = POLLIN) {
      if (fd < 0) return -1;
      fds[n] = {fd, events, 0};
      return n++;
    };
    int i_exec = exec_open ? watch(channels.exec_read) : -1;
    int i_report = report_open ? watch(channels.report_read) : -1;
    int i_init = init_running ? watch(box.pidfd()) : -1;
    int i_out = out && out->can_read() ? watch(out->read_end.get()) : -1;
    int i_err = err && err->can_read() ? watch(err->read_end.get()) : -1;
    int i_out_w = out && out->wants_write() ? watch(out->forward_fd, POLLOUT) : -1;
    int i_err_w = err && err->wants_write() ? watch(err->forward_fd, POLLOUT) : -1;
    int i_notify = notify_open && !listener ? watch(channels.notify_socket) : -1;
    int i_listener = listener && !listener_done ? watch(listener.get()) : -1;

    // Sleep until the nearest deadline: the wall limit, or when the CPU limit could first be
    // reached.
    auto now = Clock::now();
    // Limits hold until the program exits; init's work after that is not the program's.
    const bool enforcing = init_running && s.killed == KillReason::None && !s.wait_status;
    std::optional<Clock::time_point> wake;
    if (enforcing) {
      if (!s.exec_started)
        wake = start + kSetupTimeout;
      else if (limits.wall_time)
        wake = exec_at + *limits.wall_time;
      if (s.exec_started && limits.cpu_time)
        wake = wake ? std::min(*wake, next_cpu_check) : next_cpu_check;
    } else if (init_running && s.wait_status && !finish_overdue) {
      wake = exit_at + kFinishTimeout;  // init's collecting and measuring is bounded too
    }
    // ppoll, not poll: deadlines to the microsecond, not rounded up to the next millisecond.
    timespec timeout{};
    if (wake) {
      auto wait = std::clamp<std::int64_t>(
          std::chrono::duration_cast<std::chrono::nanoseconds>(*wake - now).count(), 0,
          60'000'000'000LL);
      timeout = {static_cast<time_t>(wait / 1'000'000'000),
                 static_cast<long>(wait % 1'000'000'000)};
    }
    int ready = ::ppoll(fds, static_cast<nfds_t>(n), wake ? &timeout : nullptr, nullptr);
    if (ready < 0 && errno != EINTR) break;
    now = Clock::now();

    if (i_exec >= 0 && fds[i_exec].revents) {
      int code = 0;
      ssize_t got = ::read(channels.exec_read, &code, sizeof code);
      if (got == static_cast<ssize_t>(sizeof code)) {
        s.exec_error = code;
      } else if (got <= 0) {
        exec_open = false;
        if (!s.exec_error) {
          s.exec_started = true;
          exec_at = now;
          next_cpu_check = now;
        }
      }
    }
    if (i_notify >= 0 && fds[i_notify].revents) {
      int fd = seccomp::receive_listener(channels.notify_socket);
      if (fd >= 0)
        listener.reset(fd);
      else if (fds[i_notify].revents & POLLHUP)
        notify_open = false;  // the program never sent one
    }
    if (i_listener >= 0 && fds[i_listener].revents) {
      // The refused call stays blocked in the kernel until someone answers. Nobody will: the
      // listener stays open until the box is dead, so the call never returns (closing it would
      // make the call fail with ENOSYS and let the program run on until the kill lands).
      if ((fds[i_listener].revents & POLLIN) && s.denied_syscall.empty()) {
        s.denied_syscall = seccomp::receive_denied_syscall(listener.get());
        kill(KillReason::Syscall);
      }
      listener_done = true;
    }
    if (i_report >= 0 && fds[i_report].revents) {
      ChildReport report{};
      ssize_t got = ::read(channels.report_read, &report, sizeof report);
      if (got == static_cast<ssize_t>(sizeof report)) {
        if (report.kind == ChildReport::SetupFailed && !s.setup_failure) s.setup_failure = report;
        auto counters = [&] {
          std::vector<std::string_view> texts;
          for (auto& text : report.counters) texts.emplace_back(text);
          texts.resize(cgroup.cpu_counter_fds().size());
          return cgroup.parse_cpu_counters(texts);
        };
        if (report.kind == ChildReport::Baseline) s.cpu_baseline = counters();
        if (report.kind == ChildReport::Exited) {
          s.wait_status = report.wait_status;
          s.cpu_at_exit = counters();
          if (exit_at == Clock::time_point{}) exit_at = now;
        }
        if (report.kind == ChildReport::Finished) {
          s.disk_bytes = report.disk_bytes;
          s.collected = report.collected;
          s.collect_skipped = report.collect_skipped;
          s.collect_error = report.collect_error;
          s.finished = true;
        }
      } else if (got <= 0) {
        report_open = false;
      }
    }
    if (i_out >= 0 && fds[i_out].revents) out->drain();
    if (i_err >= 0 && fds[i_err].revents) err->drain();
    if (i_out_w >= 0 && fds[i_out_w].revents) out->write_some();
    if (i_err_w >= 0 && fds[i_err_w].revents) err->write_some();
    if (limits.output && s.killed == KillReason::None &&
        ((out && out->total > *limits.output) || (err && err->total > *limits.output)))
      kill(KillReason::Output);
    if (i_init >= 0 && fds[i_init].revents) {
      box.reap();
      init_running = false;
      if (exit_at == Clock::time_point{}) exit_at = now;
      // Every process of the box is gone: what it left in the pipes is all there is. Read it, then
      // close them without waiting for EOF: a write end may survive as an fd in flight (sent over
      // a unix socket into a queue nobody can reach any more), and EOF would never come.
      for (Pump* pump : {out, err}) {
        if (!pump) continue;
        pump->box_gone = true;
        pump->drain();
        pump->read_end.reset();
      }
    }

    if (init_running && s.wait_status && !finish_overdue && now >= exit_at + kFinishTimeout) {
      finish_overdue = true;  // one kill; then wait for init's death, however long it takes
      box.kill();
    }
    if (!init_running || s.killed != KillReason::None || s.wait_status) continue;
    if (!s.exec_started) {
      if (now >= start + kSetupTimeout) kill(KillReason::SetupTimeout);
      continue;
    }
    if (limits.wall_time && now >= exec_at + *limits.wall_time) {
      kill(KillReason::WallTime);
      continue;
    }
    if (limits.cpu_time && now >= next_cpu_check) {
      std::uint64_t total = cgroup.cpu_usage_us();
      auto used = microseconds(total - std::min(total, s.cpu_baseline.total_us));
      if (used >= *limits.cpu_time) {
        kill(KillReason::CpuTime);
        continue;
      }
      // CPU time grows at most `parallelism` times as fast as the wall clock.
      auto until = (*limits.cpu_time - used) / std::max(1u, limits.parallelism);
      next_cpu_check = now + std::clamp<microseconds>(until, kMinCpuPoll, kMaxCpuPoll);
    }
  }
  if (init_running) {
    box.kill();
    box.reap();
  }
  if (s.exec_started) {
    if (exit_at == Clock::time_point{}) exit_at = Clock::now();
    s.wall_us = static_cast<std::uint64_t>(
        std::chrono::duration_cast<microseconds>(exit_at - exec_at).count());
  }
  // Output the box wrote before it ended still goes out, if the reader takes it soon.
  if (out) out->flush(kFlushPatience);
  if (err) err->flush(kFlushPatience);
  return s;
}

}  // namespace sandbox
