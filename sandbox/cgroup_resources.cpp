// Resources: one writer per controller, v1 and v2 side by side. Where the memory limit, the pids
// limit, the CPU bandwidth and weight, the cpuset and the IO throttles are written, for both
// versions, is here; which controller each limit needs is in needed_controllers.
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "sandbox/cgroup_internal.h"
#include "sandbox/error.h"
#include "base/file_io.h"

namespace sandbox::cgroup_detail {
namespace {

// The CFS period of a CPU bandwidth quota (the kernel's default).
constexpr long kCpuPeriodUs = 100000;

// "1.5" CPUs -> quota for one period; the kernel refuses less than 1 ms.
long quota_us(double cpus) {
  return std::max(1000L, static_cast<long>(std::llround(cpus * static_cast<double>(kCpuPeriodUs))));
}

// Resolves "/dev/sda" or "8:0" to "8:0" (throws SandboxError).
std::string device_numbers(const std::string& device) {
  if (!device.empty() && device[0] == '/') {
    struct stat st {};
    if (::stat(device.c_str(), &st) != 0) throw_errno("cannot stat device " + device);
    if (!S_ISBLK(st.st_mode)) throw SandboxError(device + " is not a block device");
    return std::to_string(major(st.st_rdev)) + ":" + std::to_string(minor(st.st_rdev));
  }
  unsigned maj = 0, min = 0;
  auto colon = device.find(':');
  if (colon == std::string::npos ||
      std::from_chars(device.data(), device.data() + colon, maj).ec != std::errc() ||
      std::from_chars(device.data() + colon + 1, device.data() + device.size(), min).ec !=
          std::errc())
    throw SandboxError("invalid device '" + device + "': expected /dev/NAME or MAJOR:MINOR");
  return std::to_string(maj) + ":" + std::to_string(min);
}

void write(const ControllerDir& dir, const char* file, const std::string& value) {
  base::write_file_at(dir.fd, file, value, dir.path);
}

}  // namespace

const char* controller_name(Controller controller, Version version) {
  switch (controller) {
    case Controller::Memory: return "memory";
    case Controller::Pids: return "pids";
    case Controller::Cpu: return "cpu";
    case Controller::Cpuset: return "cpuset";
    case Controller::Io: return version == Version::V1 ? "blkio" : "io";
  }
  return "";
}

std::vector<Need> needed_controllers(const Limits& limits) {
  std::vector<Need> needs;
  if (limits.memory) needs.push_back({Controller::Memory, "a memory limit"});
  if (limits.pids) needs.push_back({Controller::Pids, "a pids limit"});
  if (limits.cpus || limits.cpu_weight) needs.push_back({Controller::Cpu, "--cpus/--cpu-weight"});
  if (limits.cpuset) needs.push_back({Controller::Cpuset, "--cpuset"});
  if (!limits.io.empty()) needs.push_back({Controller::Io, "IO throttling"});
  return needs;
}

void write_resources(const DirOf& dir_of, const Limits& limits, const std::string& v1_cpuset_mems) {
  // require_controllers ran first: a controller a limit needs has a directory.
  auto needed = [&](Controller c) {
    auto dir = dir_of(c);
    if (!dir) throw SandboxError("cgroup: no directory for a required controller");
    return *dir;
  };
  // A memory limit fails closed: a box whose controller list lacks memory (a cgroup made ahead,
  // before another judge's exit made the parent again) must not run without it. Without a limit,
  // the v2 writer still has work where it can (memory.oom.group).
  if (limits.memory)
    write_memory(needed(Controller::Memory), limits.memory);
  else if (auto memory = dir_of(Controller::Memory))
    write_memory(*memory, std::nullopt);
  if (limits.pids) write_pids(needed(Controller::Pids), *limits.pids);
  if (limits.cpus) write_cpu_bandwidth(needed(Controller::Cpu), *limits.cpus);
  if (limits.cpu_weight) write_cpu_weight(needed(Controller::Cpu), *limits.cpu_weight);
  if (limits.cpuset) write_cpuset(needed(Controller::Cpuset), *limits.cpuset, v1_cpuset_mems);
  for (const auto& io : limits.io) write_io(needed(Controller::Io), io);
}

void write_memory(const ControllerDir& dir, std::optional<std::uint64_t> bytes) {
  if (dir.version == Version::V1) {
    if (!bytes) return;
    std::string value = std::to_string(*bytes);
    write(dir, "memory.limit_in_bytes", value);
    // memory+swap equal to memory: the box cannot swap. Absent without swap accounting.
    base::try_write_file_at(dir.fd, "memory.memsw.limit_in_bytes", value);
    // v1 charges TCP buffers to a cgroup only once this is set (a budget apart from the limit
    // above, so the box's TCP memory is bounded by the limit a second time at most).
    base::try_write_file_at(dir.fd, "memory.kmem.tcp.limit_in_bytes", value);
    return;
  }
  if (bytes) {
    write(dir, "memory.max", std::to_string(*bytes));
    base::try_write_file_at(dir.fd, "memory.swap.max", "0");  // absent without swap accounting
  }
  // An OOM kill takes the whole box, not one process of it.
  base::try_write_file_at(dir.fd, "memory.oom.group", "1");
}

void write_pids(const ControllerDir& dir, std::uint32_t pids) {
  write(dir, "pids.max", std::to_string(pids));  // the same file in v1 and v2
}

void write_cpu_bandwidth(const ControllerDir& dir, double cpus) {
  std::string period = std::to_string(kCpuPeriodUs), quota = std::to_string(quota_us(cpus));
  if (dir.version == Version::V1) {
    write(dir, "cpu.cfs_period_us", period);
    write(dir, "cpu.cfs_quota_us", quota);
  } else {
    write(dir, "cpu.max", quota + " " + period);
  }
}

void write_cpu_weight(const ControllerDir& dir, std::uint32_t weight) {
  if (dir.version == Version::V2) return write(dir, "cpu.weight", std::to_string(weight));
  // v2 weight 100 is v1 shares 1024.
  auto shares = std::max<std::uint64_t>(2, std::uint64_t{weight} * 1024 / 100);
  write(dir, "cpu.shares", std::to_string(shares));
}

void write_cpuset(const ControllerDir& dir, const std::string& cpus,
                  const std::string& v1_cpuset_mems) {
  // A new v1 cpuset cgroup has no memory nodes, and takes no process until it has some; v2
  // inherits its parent's.
  if (dir.version == Version::V1) write(dir, "cpuset.mems", v1_cpuset_mems);
  write(dir, "cpuset.cpus", cpus);
}

void write_io(const ControllerDir& dir, const Limits::IoThrottle& io) {
  std::string device = device_numbers(io.device);
  if (dir.version == Version::V1) {
    if (io.read_bps)
      write(dir, "blkio.throttle.read_bps_device", device + " " + std::to_string(*io.read_bps));
    if (io.write_bps)
      write(dir, "blkio.throttle.write_bps_device", device + " " + std::to_string(*io.write_bps));
    return;
  }
  std::string line = device;
  if (io.read_bps) line += " rbps=" + std::to_string(*io.read_bps);
  if (io.write_bps) line += " wbps=" + std::to_string(*io.write_bps);
  write(dir, "io.max", line);
}

}  // namespace sandbox::cgroup_detail
