// cgroup limits and accounting: CPU time of the whole box, memory, pids, CPU bandwidth, output.
#include <chrono>

#include "tests/support/box.h"

namespace {

using namespace std::chrono_literals;
using sandbox::Status;
using sandbox::TimeLimit;
using test::command;
using test::run_clean;
using test::shell;

using test::program;

// Filling memory takes seconds of CPU under emulation on a busy host (the guest counts the time its
// vCPU waits for the host as CPU: `head -c 100M` took over 5 s in the VM leg beside a build). A
// memory test must meet the memory limit, or end, long before any time limit.
sandbox::RunSpec with_time_to_fill(sandbox::RunSpec spec) {
  spec.limits.cpu_time = 60s;
  spec.limits.wall_time = 180s;
  return spec;
}

TEST(Limits, ThreadsSpinningPastTheCpuLimitAreTle) {
  // 8 threads burn 0.3 s of their own CPU time each: 2.4 s together, but no thread alone comes
  // near the 1 s limit, so only their sum can reach it. However little CPU a loaded host gives
  // the box, the program cannot end by itself before it is over its limit.
  auto spec = program({"spin", "8", "0.3", "cpu"});
  spec.limits.cpu_time = 1s;
  spec.limits.wall_time = 120s;
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::TLE) << r.message;
  EXPECT_EQ(r.time_limit, TimeLimit::Cpu);
  EXPECT_GE(r.cpu_us, 1'000'000u);
  // Stopped soon after the limit, not when the program was done (2.4 s). 1.5 s, not less: in the
  // VM beside a load of 15 the kill came at 1.213 s.
  EXPECT_LE(r.cpu_us, 1'500'000u);
}

// Charged once, not twice: the box's CPU beyond what the same program costs doing no work (its
// start-up, measured first: ~1 ms on a host, up to ~400 ms under emulation beside a build) is
// compared with half-way between the work and twice the work.
TEST(Limits, CpuOfAForkedChildIsCharged) {
  auto start_up = run_clean(program({"child_burn", "0"}));
  ASSERT_EQ(start_up.status, Status::OK) << start_up.message << start_up.stderr_data;
  auto r = run_clean(program({"child_burn", "1000"}));
  ASSERT_EQ(r.status, Status::OK) << r.message << r.stderr_data;
  EXPECT_GE(r.cpu_us, 1'000'000u) << "the child's 1000 ms are charged";
  EXPECT_LT(r.cpu_us, start_up.cpu_us + 1'500'000u)
      << "start-up alone used " << start_up.cpu_us << " us";
}

TEST(Limits, CpuTimeSplitsIntoUserAndSystem) {
  auto start_up = run_clean(program({"spin", "2", "0", "cpu"}));
  ASSERT_EQ(start_up.status, Status::OK) << start_up.message;
  auto r = run_clean(program({"spin", "2", "0.4", "cpu"}));
  ASSERT_EQ(r.status, Status::OK) << r.message;
  EXPECT_GE(r.cpu_us, 800'000u) << "both threads' 400 ms are charged";
  EXPECT_LT(r.cpu_us, start_up.cpu_us + 1'200'000u)
      << "start-up alone used " << start_up.cpu_us << " us";
  EXPECT_GT(r.user_us, r.sys_us);
  EXPECT_NEAR(static_cast<double>(r.user_us + r.sys_us), static_cast<double>(r.cpu_us), 20'000.0);
}

TEST(Limits, PeakMemoryOfA64MiBTouch) {
  auto spec = with_time_to_fill(program({"touch_mem", "64"}));
  spec.limits.memory = 128ull << 20;
  auto r = run_clean(spec);
  ASSERT_EQ(r.status, Status::OK) << r.message << r.stderr_data;
  EXPECT_GE(r.memory_peak, 60ull << 20);
  EXPECT_LE(r.memory_peak, 80ull << 20);
  EXPECT_FALSE(r.oom_killed);
}

TEST(Limits, TouchingPastTheMemoryLimitIsMle) {
  auto spec = with_time_to_fill(program({"touch_mem", "200"}));
  spec.limits.memory = 128ull << 20;
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::MLE) << r.message;
  EXPECT_TRUE(r.oom_killed);
  EXPECT_LE(r.memory_peak, (128ull << 20) + (1ull << 20));
}

TEST(Limits, ReservingAddressSpaceIsNotUsingMemory) {
  auto spec = with_time_to_fill(program({"touch_mem", "8", "4096"}));
  spec.limits.memory = 128ull << 20;
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::OK) << r.message << r.stderr_data;
  EXPECT_LT(r.memory_peak, 32ull << 20);
}

TEST(Limits, PidsLimitStopsAForkBomb) {
  auto spec = command({"/bin/bash", "-c", "f(){ f | f & }; f; sleep 1; echo survived"});
  spec.limits.pids = 32;
  spec.limits.wall_time = 10s;
  auto r = run_clean(spec);
  EXPECT_NE(r.status, Status::IE) << r.message;
  EXPECT_NE(r.stderr_data.find("retry"), std::string::npos)
      << "fork never failed: " << r.stderr_data.substr(0, 300);
  if (test::kernel_at_least(6, 1)) {
    ASSERT_TRUE(r.pids_peak.has_value()) << "pids.peak is there since Linux 6.1";
  }
  if (r.pids_peak) {
    EXPECT_LE(*r.pids_peak, 32u);
    EXPECT_GE(*r.pids_peak, 16u);
  }
}

TEST(Limits, CpusetPinsTheBox) {
  auto spec = shell("grep Cpus_allowed_list /proc/self/status");
  spec.limits.cpuset = "0";
  auto r = run_clean(spec);
  ASSERT_EQ(r.status, Status::OK) << r.message;
  EXPECT_NE(r.stdout_data.find("Cpus_allowed_list:\t0\n"), std::string::npos) << r.stdout_data;
}

TEST(Limits, CpuWeightIsAccepted) {
  auto spec = shell("true");
  spec.limits.cpu_weight = 50;
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::OK) << r.message;
}

TEST(Limits, StackIsUnlimitedUnderAMemoryLimitUnlessSet) {
  auto spec = shell("ulimit -s");
  spec.limits.memory = 64ull << 20;
  auto r = run_clean(spec);
  ASSERT_EQ(r.status, Status::OK) << r.message;
  EXPECT_EQ(r.stdout_data, "unlimited\n") << "the memory cgroup bounds it (stack_test.cpp)";
  spec.limits.stack = 8ull << 20;
  r = run_clean(spec);
  ASSERT_EQ(r.status, Status::OK) << r.message;
  EXPECT_EQ(r.stdout_data, "8192\n");
}

TEST(Limits, TmpfsWritesCountAsMemory) {
  auto spec = with_time_to_fill(shell("head -c 100M /dev/zero > /tmp/big; echo $?"));
  spec.limits.memory = 64ull << 20;
  spec.limits.disk = 512ull << 20;
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::MLE) << r.message << " " << r.stdout_data;
}

TEST(Limits, StdoutFloodIsOle) {
  auto spec = command({"yes", "flood"});
  spec.limits.output = 64 << 10;
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::OLE) << r.message;
}

TEST(Limits, BackendIsNamed) {
  auto r = run_clean(shell("true"));
  EXPECT_TRUE(r.cgroup_backend == "v1" || r.cgroup_backend == "v2") << r.cgroup_backend;
}

}  // namespace
