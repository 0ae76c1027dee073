#include "cli/sandbox_options.h"

#include <sched.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>

#include "cli/usage_error.h"
#include "base/units.h"

namespace po = boost::program_options;

namespace cli {
namespace {

template <typename F>
auto parse_option(const char* option, const std::string& value, F parse) {
  try {
    return parse(value);
  } catch (const std::exception& e) {
    throw UsageError(std::string("--") + option + ": " + e.what());
  }
}

// A host path the user named: made absolute (the box's init resolves it, not this shell's cwd),
// and it must exist, so that a typo is a usage error rather than a failed box.
std::string existing_path(const char* option, const std::string& path, bool directory) {
  std::error_code ec;
  auto absolute = std::filesystem::absolute(path, ec);
  auto status = std::filesystem::status(absolute, ec);
  if (ec || !std::filesystem::exists(status))
    throw UsageError(std::string("--") + option + ": '" + path + "' does not exist");
  if (directory && !std::filesystem::is_directory(status))
    throw UsageError(std::string("--") + option + ": '" + path + "' is not a directory");
  return absolute.string();
}

sandbox::Limits::IoThrottle parse_io(const char* option, const std::string& value, bool read) {
  auto colon = value.rfind(':');
  // Device "8:0" itself contains a colon: the rate is after the last one.
  if (colon == std::string::npos || colon == 0)
    throw UsageError(std::string("--") + option +
                     ": expected DEVICE:RATE, e.g. /dev/vda:10MiB, got '" + value + "'");
  sandbox::Limits::IoThrottle io;
  io.device = value.substr(0, colon);
  auto rate = parse_option(option, value.substr(colon + 1), base::parse_size);
  (read ? io.read_bps : io.write_bps) = rate;
  return io;
}

// HOST:BOX[:rw|:ro]
sandbox::Bind parse_bind(const std::string& bind) {
  sandbox::Bind m;
  std::string rest = bind;
  if (rest.size() > 3 && (rest.ends_with(":rw") || rest.ends_with(":ro"))) {
    m.writable = rest.ends_with(":rw");
    rest.resize(rest.size() - 3);
  }
  auto colon = rest.find(':');
  if (colon == std::string::npos)
    throw UsageError("--bind: expected HOST:BOX[:rw], got '" + bind + "'");
  m.host = existing_path("bind", rest.substr(0, colon), false);
  m.box = rest.substr(colon + 1);
  if (m.box.empty() || m.box[0] != '/')
    throw UsageError("--bind: the box path in '" + bind + "' must be absolute");
  return m;
}

// A CPU the judge may not use would fail in the box as IE: say so here, naming the option.
void check_cpuset(const std::string& cpuset) {
  auto cpus = parse_option("cpuset", cpuset, base::parse_cpu_list);
  cpu_set_t allowed;
  CPU_ZERO(&allowed);
  if (::sched_getaffinity(0, sizeof allowed, &allowed) == 0)
    for (unsigned cpu : cpus)
      if (cpu >= CPU_SETSIZE || !CPU_ISSET(cpu, &allowed))
        throw UsageError("--cpuset: CPU " + std::to_string(cpu) + " is not one this judge may use");
}

// "WHAT (default VALUE)": the defaults named in the help come from sandbox/limits.h, never from a
// second copy here.
std::string with_default(const std::string& what, const std::string& value) {
  return what + " (default " + value + ")";
}

void add_limit_options(po::options_description& desc, BoxOptions& b) {
  namespace d = sandbox::defaults;
  const std::string wall = std::to_string(d::kWallPerCpu) + "x time limit + " +
                           base::format_duration(d::kWallSlack) + "; none without one";
  auto add = desc.add_options();
  add("time-limit", po::value(&b.time_limit), "CPU time of the whole box, e.g. 1s (default none)");
  add("wall-time-limit", po::value(&b.wall_time_limit),
      with_default("wall-clock time from exec to exit", wall).c_str());
  add("memory-limit", po::value(&b.memory_limit),
      "resident memory of the whole box, e.g. 256MiB (default none)");
  add("pids-limit", po::value(&b.pids_limit),
      with_default("processes and threads at once", std::to_string(d::kPids)).c_str());
  add("output-limit", po::value(&b.output_limit),
      with_default("bytes per output stream and per file written", base::format_size(d::kOutput))
          .c_str());
  add("disk-limit", po::value(&b.disk_limit),
      with_default("size of the writable layer", base::format_size(d::kDisk)).c_str());
  add("stack-limit", po::value(&b.stack_limit),
      "stack size (default: unlimited under a memory limit)");
  add("address-space-limit", po::value(&b.address_space_limit), "RLIMIT_AS (default none)");
  add("open-files", po::value(&b.open_files),
      with_default("RLIMIT_NOFILE", std::to_string(d::kOpenFiles)).c_str());
  add("cpus", po::value(&b.cpus), "CPU bandwidth in CPUs, e.g. 0.5");
  add("cpu-weight", po::value(&b.cpu_weight), "CPU weight 1..10000 (100 is the default share)");
  add("cpuset", po::value(&b.cpuset), "pin to these CPUs, e.g. 0 or 0-1");
  add("io-read-bps", po::value(&b.io_read_bps),
      "DEVICE:RATE read throttle, e.g. /dev/vda:10MiB (repeatable)");
  add("io-write-bps", po::value(&b.io_write_bps), "DEVICE:RATE write throttle (repeatable)");
}

}  // namespace

void add_box_options(po::options_description& desc, BoxOptions& b) {
  add_limit_options(desc, b);
  desc.add_options()("stdin", po::value(&b.stdin_file),
                     "file for standard input (default /dev/null)")(
      "stdout", po::value(&b.stdout_file),
      "file for standard output (default: this command's stdout)")(
      "stderr", po::value(&b.stderr_file),
      "file for standard error (default: this command's stderr)")(
      "bind", po::value(&b.binds), "HOST:BOX[:rw] bind mount, read-only unless :rw (repeatable)")(
      "layer", po::value(&b.layers),
      "read-only directory layered over the base, topmost first (repeatable)")(
      "rootfs", po::value(&b.rootfs),
      "an unpacked image to use as the base instead of the host allowlist")(
      "env", po::value(&b.env),
      "NAME=value for the box (repeatable; default only PATH=/usr/bin:/bin)")(
      "chdir", po::value(&b.chdir), "working directory inside the box (default /box)")(
      "hostname", po::value(&b.hostname), "hostname inside the box (default box)")(
      "seccomp", po::value(&b.seccomp),
      "errno (refused calls fail), kill (they end the run), or off")(
      "no-loopback", po::bool_switch(&b.no_loopback), "leave lo down")(
      "keep-usr-local", po::bool_switch(&b.keep_usr_local), "do not hide the host's /usr/local");
}

void add_host_options(po::options_description& desc, HostOptions& h) {
  desc.add_options()("cgroup-root", po::value(&h.cgroup_root),
                     "parent cgroup of the boxes, as a path in the hierarchy (default /judge)")(
      "cgroup-version", po::value(&h.cgroup_version), "v1 or v2 (default: detected)")(
      "state-dir", po::value(&h.state_dir), "where box slots are locked (default /run/judge)");
}

sandbox::Limits parse_limits(const BoxOptions& b) {
  sandbox::Limits l;
  if (!b.time_limit.empty())
    l.cpu_time = parse_option("time-limit", b.time_limit, base::parse_duration);
  if (!b.wall_time_limit.empty())
    l.wall_time = parse_option("wall-time-limit", b.wall_time_limit, base::parse_duration);
  if (!b.memory_limit.empty())
    l.memory = parse_option("memory-limit", b.memory_limit, base::parse_size);
  if (!b.output_limit.empty())
    l.output = parse_option("output-limit", b.output_limit, base::parse_size);
  if (!b.disk_limit.empty()) l.disk = parse_option("disk-limit", b.disk_limit, base::parse_size);
  if (!b.stack_limit.empty())
    l.stack = parse_option("stack-limit", b.stack_limit, base::parse_size);
  if (!b.address_space_limit.empty())
    l.address_space = parse_option("address-space-limit", b.address_space_limit, base::parse_size);
  if (b.pids_limit) l.pids = b.pids_limit;
  if (b.open_files) l.open_files = b.open_files;
  if (!std::isfinite(b.cpus) || b.cpus < 0 || b.cpus > 1024)
    throw UsageError("--cpus must be in (0, 1024]");
  if (b.cpus > 0) l.cpus = b.cpus;
  if (b.cpu_weight) {
    if (b.cpu_weight > 10000) throw UsageError("--cpu-weight must be in 1..10000");
    l.cpu_weight = b.cpu_weight;
  }
  if (!b.cpuset.empty()) {
    check_cpuset(b.cpuset);
    l.cpuset = b.cpuset;
  }
  for (const auto& v : b.io_read_bps) l.io.push_back(parse_io("io-read-bps", v, true));
  for (const auto& v : b.io_write_bps) l.io.push_back(parse_io("io-write-bps", v, false));
  return sandbox::with_defaults(l);
}

sandbox::RunSpec make_spec(const BoxOptions& b, const std::vector<std::string>& command) {
  sandbox::RunSpec spec;
  spec.argv = command;
  spec.limits = parse_limits(b);

  if (!b.stdin_file.empty()) {
    if (::access(b.stdin_file.c_str(), R_OK) != 0)
      throw UsageError("--stdin: cannot read '" + b.stdin_file + "'");
    spec.stdin_stream.target = sandbox::Stream::Path{b.stdin_file};
  }
  spec.stdout_stream.target = b.stdout_file.empty()
                                  ? sandbox::Stream::Target{sandbox::Stream::Forward{1}}
                                  : sandbox::Stream::Target{sandbox::Stream::Path{b.stdout_file}};
  spec.stderr_stream.target = b.stderr_file.empty()
                                  ? sandbox::Stream::Target{sandbox::Stream::Forward{2}}
                                  : sandbox::Stream::Target{sandbox::Stream::Path{b.stderr_file}};

  for (const std::string& bind : b.binds) spec.rootfs.binds.push_back(parse_bind(bind));
  for (const std::string& layer : b.layers)
    spec.rootfs.layers.push_back(existing_path("layer", layer, true));
  if (!b.rootfs.empty()) spec.rootfs.base_dir = existing_path("rootfs", b.rootfs, true);
  spec.rootfs.mask_usr_local = !b.keep_usr_local;

  bool has_path = false;
  for (const std::string& e : b.env) {
    auto eq = e.find('=');
    if (eq == std::string::npos || eq == 0)
      throw UsageError("--env: expected NAME=value, got '" + e + "'");
    has_path = has_path || e.compare(0, eq, "PATH") == 0;
    spec.env.push_back(e);
  }
  if (!has_path) spec.env.push_back("PATH=/usr/bin:/bin");
  if (b.chdir.empty() || b.chdir[0] != '/')
    throw UsageError("--chdir: '" + b.chdir + "' must be an absolute path in the box");
  spec.cwd = b.chdir;
  spec.hostname = b.hostname;
  spec.loopback = !b.no_loopback;
  if (b.seccomp == "errno")
    spec.seccomp = sandbox::SeccompMode::Errno;
  else if (b.seccomp == "kill")
    spec.seccomp = sandbox::SeccompMode::Kill;
  else if (b.seccomp == "off")
    spec.seccomp = sandbox::SeccompMode::Off;
  else
    throw UsageError("--seccomp must be errno, kill or off");
  return spec;
}

sandbox::SandboxOptions make_sandbox_options(const HostOptions& h) {
  sandbox::SandboxOptions o;
  if (!h.cgroup_root.empty()) o.cgroup.root = h.cgroup_root;
  if (!h.cgroup_version.empty()) {
    if (h.cgroup_version != "v1" && h.cgroup_version != "v2")
      throw UsageError("--cgroup-version must be v1 or v2");
    o.cgroup.version = h.cgroup_version;
  }
  if (!h.state_dir.empty()) o.state_dir = h.state_dir;
  return o;
}

}  // namespace cli
