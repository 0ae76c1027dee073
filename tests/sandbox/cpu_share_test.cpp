// CPU bandwidth: measured shares of a CPU, so these run alone (RUN_SERIAL), never beside other
// tests. What else runs on the host (a build, the emulator of the VM leg) takes CPU too, so each
// box's share is compared with the share that a thread of this test, spinning on the host at the
// same time, gets: the baseline of this machine at that moment.
#include <time.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "tests/support/box.h"

namespace {

using sandbox::Status;
using test::program;
using test::run_clean;

struct Shares {
  double box = 0;   // the box's CPU time per wall second
  double host = 0;  // a host thread's, spinning during the same run
};

double thread_cpu_seconds() {
  timespec ts{};
  ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

Shares run_beside_a_host_spinner(const sandbox::RunSpec& spec) {
  std::atomic<bool> stop{false};
  double host = 0;
  std::thread spinner([&] {
    auto t0 = std::chrono::steady_clock::now();
    double c0 = thread_cpu_seconds();
    unsigned long x = 0;
    while (!stop.load(std::memory_order_relaxed))
      for (int i = 0; i < 10000; ++i) x = x + static_cast<unsigned long>(i) * 2654435761u;
    asm volatile("" : : "r"(x));  // the loop's work is used
    std::chrono::duration<double> wall = std::chrono::steady_clock::now() - t0;
    host = (thread_cpu_seconds() - c0) / wall.count();
  });
  auto r = run_clean(spec);
  stop = true;
  spinner.join();
  EXPECT_EQ(r.status, Status::OK) << r.message;
  return {static_cast<double>(r.cpu_us) / static_cast<double>(r.wall_us), host};
}

TEST(CpuShare, CpuQuotaHalvesTheCpuPerWallSecond) {
  auto spec = program({"spin", "1", "1.5"});
  spec.limits.cpus = 0.5;
  Shares s = run_beside_a_host_spinner(spec);
  // Never more than half a CPU, however idle the host: a quota that was not applied gives ~1.
  EXPECT_LT(s.box, 0.6) << "host thread: " << s.host;
  // Not much less than half a CPU, or what this host gives anyone now: a quota far too small (a
  // unit slip, a period mixed up) gives far less.
  EXPECT_GT(s.box, 0.7 * std::min(0.5, s.host)) << "host thread: " << s.host;
}

TEST(CpuShare, UnlimitedSpinGetsAWholeCpu) {
  // No quota by default: the box keeps up with a host thread (an idle 2-CPU host gives both ~1.0).
  Shares s = run_beside_a_host_spinner(program({"spin", "1", "0.5"}));
  EXPECT_GT(s.box, 0.75 * s.host) << "host thread: " << s.host;
}

}  // namespace
