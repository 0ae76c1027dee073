// Command-line options that describe a box (limits, files, mounts) and the host side (cgroups).
#pragma once

#include <boost/program_options.hpp>
#include <string>
#include <vector>

#include "sandbox/sandbox.h"
#include "sandbox/spec.h"

namespace cli {

struct BoxOptions {
  std::string time_limit, wall_time_limit, memory_limit, output_limit, disk_limit, stack_limit,
      address_space_limit;
  unsigned pids_limit = 0;  // 0: the default
  unsigned open_files = 0;  // 0: the default
  double cpus = 0;
  unsigned cpu_weight = 0;
  std::string cpuset;
  std::vector<std::string> io_read_bps, io_write_bps;
  std::string stdin_file, stdout_file, stderr_file;
  std::vector<std::string> binds, layers, env;
  std::string rootfs, chdir = "/box", hostname = "box", seccomp = "errno";
  bool no_loopback = false, keep_usr_local = false;
};

struct HostOptions {
  std::string cgroup_root, cgroup_version, state_dir;
};

void add_box_options(boost::program_options::options_description& desc, BoxOptions& box);
void add_host_options(boost::program_options::options_description& desc, HostOptions& host);

// The limits the options give, with sandbox::with_defaults() for the rest: the same defaults as
// `judge run`. Throws UsageError (or base::UnitError) naming the option at fault.
sandbox::Limits parse_limits(const BoxOptions& box);
// Throws UsageError (or base::UnitError) naming the option at fault.
sandbox::RunSpec make_spec(const BoxOptions& box, const std::vector<std::string>& command);
sandbox::SandboxOptions make_sandbox_options(const HostOptions& host);

}  // namespace cli
