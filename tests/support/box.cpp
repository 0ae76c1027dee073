#include "tests/support/box.h"

#include <sys/utsname.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "base/file_io.h"

namespace test {

using namespace std::chrono_literals;

sandbox::Sandbox& shared_sandbox() {
  static sandbox::Sandbox sb;
  return sb;
}

sandbox::RunSpec command(std::vector<std::string> argv) {
  sandbox::RunSpec spec;
  spec.argv = std::move(argv);
  spec.env = {"PATH=/usr/bin:/bin"};
  spec.cwd = "/box";
  spec.stdout_stream.target = sandbox::Stream::Capture{1 << 20};
  spec.stderr_stream.target = sandbox::Stream::Capture{64 << 10};
  // Room for a slow host, not a bound: under QEMU's emulation beside a loaded host the guest counts
  // its waits for the host as CPU time, and a few shell commands once took over 5 s. Tests of a
  // limit set their own.
  spec.limits.cpu_time = 30s;
  spec.limits.wall_time = 60s;
  spec.limits.memory = 256ull << 20;
  spec.limits.pids = 64;
  return spec;
}

sandbox::RunSpec program(std::vector<std::string> argv) {
  argv[0] = "/programs/" + argv[0];
  auto spec = command(std::move(argv));
  spec.rootfs.binds.push_back({TEST_PROGRAMS_DIR, "/programs", false});
  return spec;
}

sandbox::RunSpec shell(const std::string& script) {
  return command({"/bin/sh", "-c", script});
}

sandbox::RunResult run_clean(const sandbox::RunSpec& spec) {
  sandbox::Sandbox& sb = shared_sandbox();
  HostState before = HostState::capture();
  sandbox::RunResult result = sb.run(spec);
  HostState after = HostState::capture();
  EXPECT_EQ(leftovers(before, after), "") << "after running " << spec.argv.back();
  // The program's host uid, and its init's just below.
  for (uid_t uid : {result.host_uid, result.host_uid - 1}) {
    auto remaining = processes_of_uid(uid);
    std::string listing;
    for (pid_t pid : remaining)
      listing += " " + std::to_string(pid) + ":" +
                 base::read_file("/proc/" + std::to_string(pid) + "/stat").value_or("?");
    EXPECT_TRUE(remaining.empty()) << "processes of host uid " << uid << " remain:" << listing;
  }
  return result;
}

bool kernel_at_least(int major, int minor) {
  struct utsname u {};
  int have_major = 0, have_minor = 0;
  if (::uname(&u) != 0 || std::sscanf(u.release, "%d.%d", &have_major, &have_minor) != 2)
    return false;
  return have_major > major || (have_major == major && have_minor >= minor);
}

}  // namespace test
