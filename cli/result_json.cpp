#include "cli/result_json.h"

#include <sstream>

#include "judge/version.h"

namespace cli {

namespace {
template <typename T>
nlohmann::json optional_json(const std::optional<T>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}
}  // namespace

nlohmann::json to_json(const sandbox::RunResult& r) {
  nlohmann::json j;
  j["status"] = sandbox::to_string(r.status);
  j["exit_code"] = optional_json(r.exit_code);
  j["signal"] = optional_json(r.signal);
  j["time_limit"] =
      r.status == sandbox::Status::TLE ? nlohmann::json(sandbox::to_string(r.time_limit)) : nullptr;
  j["cpu_ms"] = r.cpu_us / 1000;
  j["user_ms"] = r.user_us / 1000;
  j["sys_ms"] = r.sys_us / 1000;
  j["wall_ms"] = r.wall_us / 1000;
  j["cpu_us"] = r.cpu_us;
  j["wall_us"] = r.wall_us;
  j["memory_kib"] = r.memory_peak / 1024;
  j["memory_peak_exact"] = r.memory_peak_exact;
  j["oom_killed"] = r.oom_killed;
  j["pids_peak"] = optional_json(r.pids_peak);
  j["io_read_bytes"] = optional_json(r.io_read_bytes);
  j["io_write_bytes"] = optional_json(r.io_write_bytes);
  j["disk_bytes"] = r.disk_bytes;
  j["stdout_bytes"] = r.stdout_bytes;
  j["stderr_bytes"] = r.stderr_bytes;
  j["denied_syscall"] = optional_json(r.denied_syscall);
  j["cgroup"] = r.cgroup_backend;
  j["host_uid"] = r.host_uid;
  j["message"] = r.message;
  j["judge_version"] = judge::version();  // issue 18
  return j;
}

std::string to_text(const sandbox::RunResult& r) {
  std::ostringstream out;
  out << "status:   " << sandbox::to_string(r.status);
  if (!r.message.empty()) out << " (" << r.message << ")";
  out << "\n";
  if (r.exit_code) out << "exit:     " << *r.exit_code << "\n";
  if (r.signal) out << "signal:   " << *r.signal << "\n";
  out << "cpu:      " << r.cpu_us / 1000 << " ms (user " << r.user_us / 1000 << ", sys "
      << r.sys_us / 1000 << ")\n";
  out << "wall:     " << r.wall_us / 1000 << " ms\n";
  out << "memory:   " << r.memory_peak / 1024 << " KiB peak"
      << (r.memory_peak_exact ? "" : " (sampled)") << "\n";
  if (r.pids_peak) out << "pids:     " << *r.pids_peak << " peak\n";
  if (r.io_read_bytes)
    out << "io:       " << *r.io_read_bytes << " B read, " << r.io_write_bytes.value_or(0)
        << " B written\n";
  out << "disk:     " << r.disk_bytes << " B\n";
  out << "output:   " << r.stdout_bytes << " B stdout, " << r.stderr_bytes << " B stderr\n";
  out << "cgroup:   " << r.cgroup_backend << "\n";
  return out.str();
}

}  // namespace cli
