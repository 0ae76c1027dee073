// Watching a running box: wall clock from exec to exit, CPU time polled from its cgroup, output
// pumps, seccomp notifications. Kills the whole box when a limit is crossed and never blocks past a
// deadline.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "sandbox/cgroup.h"
#include "sandbox/plan.h"
#include "sandbox/spawn.h"
#include "sandbox/spec.h"
#include "sandbox/stdio.h"

namespace sandbox {

// Stopped: the caller's StopHandle (RunSpec::stop).
enum class KillReason { None, CpuTime, WallTime, Output, Syscall, SetupTimeout, Stopped };

struct Channels {
  int exec_read = -1;      // EOF at exec; an errno if exec failed
  int report_read = -1;    // ChildReport records from the box's init
  int notify_socket = -1;  // receives the seccomp listener (Kill mode), or -1
  int stop = -1;           // readable once the caller wants the box ended (StopHandle), or -1
  // A prepared box's go pipe (write end), or -1: one byte is written just before the first wait,
  // so that the program's exec is seen as it happens, not after the supervisor's own start.
  int go = -1;
};

struct Supervision {
  bool exec_started = false;
  std::optional<int> exec_error;
  std::optional<ChildReport> setup_failure;
  std::optional<int> wait_status;  // of the program, from init
  std::uint64_t disk_bytes = 0;
  unsigned collected = 0, collect_skipped = 0;
  int collect_error = 0;
  bool finished = false;  // init's Finished report arrived (files collected, disk measured)
  std::uint64_t wall_us = 0;
  std::chrono::steady_clock::time_point ended_at{};  // when the program's end was seen
  long long exited_ns = 0;  // when init saw it end (its Exited report; steady clock ns), or 0
  KillReason killed = KillReason::None;
  std::string denied_syscall;
  CpuUsage cpu_baseline;                // the box's CPU time when its init started the program
  std::optional<CpuUsage> cpu_at_exit;  // ... and when the program had exited
  // Forwarding onto a caller's file failed (Pump::write_error): the errno, or 0.
  int stdout_write_error = 0, stderr_write_error = 0;
  // How the box's init itself ended (BoxProcess::ending): for a box that died before its program
  // started, the only trace of why.
  std::optional<std::pair<int, int>> init_ending;
};

// Returns once the box's init has exited and been reaped. Enforces `limits`' cpu_time, wall_time
// and output (for pumped streams); `parallelism` is how many CPUs the box can use at once, which
// bounds how fast its CPU time grows.
Supervision supervise(BoxProcess& box, BoxCgroup& cgroup, const Channels& channels,
                      const Limits& limits, unsigned parallelism, Pump* out, Pump* err);

}  // namespace sandbox
