// What happened in a run: the output of sandbox::Sandbox::run.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sandbox {

enum class Status { OK, RE, TLE, MLE, OLE, IE };
enum class TimeLimit { None, Cpu, Wall };

std::string_view to_string(Status s);
std::string_view to_string(TimeLimit t);

struct RunResult {
  Status status = Status::IE;
  std::optional<int> exit_code;
  std::optional<int> signal;
  TimeLimit time_limit = TimeLimit::None;  // which limit a TLE hit
  std::uint64_t cpu_us = 0, user_us = 0, sys_us = 0, wall_us = 0;
  std::uint64_t memory_peak = 0;  // bytes
  bool memory_peak_exact = true;  // false when the backend could only sample
  bool oom_killed = false;
  std::optional<std::uint64_t> pids_peak;
  std::optional<std::uint64_t> io_read_bytes, io_write_bytes;
  std::uint64_t disk_bytes = 0;  // bytes used in the writable layer at exit
  std::uint64_t stdout_bytes = 0, stderr_bytes = 0;
  std::string stdout_data, stderr_data;  // Stream::Capture targets
  bool stdout_truncated = false, stderr_truncated = false;
  std::optional<std::string> denied_syscall;  // SeccompMode::Kill
  std::uint32_t collected = 0;                // files copied out (RunSpec::collect)
  std::uint32_t collect_skipped = 0;  // matching entries left behind: not regular, or too large
  std::string cgroup_backend;         // "v1", "v2"
  std::uint32_t host_uid = 0;         // the unprivileged host uid the program ran as (its
                                      // init ran as host_uid - 1)
  std::string message;                // human-readable reason for anything but OK
  // RunSpec::stop ended the run (status RE, "stopped by the caller").
  bool stopped = false;
  // When the program ended (steady clock, ns since its epoch): as the box's init saw it, else as
  // the supervisor did (a kill); 0 if it never started. Which of two boxes that talk ended first.
  std::int64_t ended_ns = 0;
};

}  // namespace sandbox
