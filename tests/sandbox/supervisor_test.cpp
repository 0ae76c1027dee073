// The supervisor: limits that end a run, and how the end is reported.
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "tests/support/box.h"

namespace {

using namespace std::chrono_literals;
using sandbox::Status;
using sandbox::TimeLimit;
using test::command;
using test::run_clean;
using test::shell;

TEST(Supervisor, InfiniteSleepIsStoppedByTheWallLimit) {
  // What starting `sleep` costs here (exec, dynamic loading): ~1 ms on a host, ~270 ms under
  // emulation.
  auto start = run_clean(command({"sleep", "0"}));
  ASSERT_EQ(start.status, Status::OK) << start.message;
  auto spec = command({"sleep", "infinity"});
  spec.limits.wall_time = 1s;
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::TLE) << r.message;
  EXPECT_EQ(r.time_limit, TimeLimit::Wall);
  EXPECT_GE(r.wall_us, 1'000'000u);
  // Killed at the limit, not whenever the sleep would end: a few seconds of slack for a busy host.
  EXPECT_LT(r.wall_us, 6'000'000u);
  // Sleeping is not charged as CPU: only the start-up, not the second asleep (which alone is more
  // than this bound).
  EXPECT_LT(r.cpu_us, 2 * start.cpu_us + 300'000u) << "sleep 0 used " << start.cpu_us << " us";
}

TEST(Supervisor, BusyLoopIsStoppedByTheCpuLimit) {
  auto spec = shell("while :; do :; done");
  spec.limits.cpu_time = 1s;
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::TLE) << r.message;
  EXPECT_EQ(r.time_limit, TimeLimit::Cpu);
  EXPECT_GE(r.cpu_us, 1'000'000u);
  EXPECT_LE(r.cpu_us, 1'200'000u);
}

TEST(Supervisor, ExitCodeIsReported) {
  auto r = run_clean(shell("exit 7"));
  EXPECT_EQ(r.status, Status::RE);
  EXPECT_EQ(r.exit_code, 7);
  EXPECT_FALSE(r.signal);
}

TEST(Supervisor, SignalIsReported) {
  auto r = run_clean(shell("kill -SEGV $$"));
  EXPECT_EQ(r.status, Status::RE);
  EXPECT_EQ(r.signal, SIGSEGV);
  EXPECT_FALSE(r.exit_code);
  EXPECT_NE(r.message.find("SIGSEGV"), std::string::npos) << r.message;
}

TEST(Supervisor, IgnoredAndBlockedSignalsOfTheJudgeDoNotReachTheBox) {
  // The test process ignores SIGPIPE (as the CLI does) and blocks SIGTERM: the box must not inherit
  // either.
  ::signal(SIGPIPE, SIG_IGN);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  ::pthread_sigmask(SIG_BLOCK, &set, nullptr);
  auto r = run_clean(shell("grep -E '^Sig(Blk|Ign):' /proc/self/status"));
  ::pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
  ::signal(SIGPIPE, SIG_DFL);
  ASSERT_EQ(r.status, Status::OK) << r.message;
  EXPECT_NE(r.stdout_data.find("SigBlk:\t0000000000000000"), std::string::npos) << r.stdout_data;
  // SIGPIPE (signal 13, bit 12 of the mask) must not be ignored, whatever else the shell ignores.
  auto at = r.stdout_data.find("SigIgn:\t");
  ASSERT_NE(at, std::string::npos) << r.stdout_data;
  unsigned long long ignored = std::stoull(r.stdout_data.substr(at + 8, 16), nullptr, 16);
  EXPECT_EQ(ignored & (1ull << (SIGPIPE - 1)), 0u) << r.stdout_data;
}

TEST(Supervisor, MissingProgramIsAnInternalError) {
  auto r = run_clean(command({"no-such-program-judge"}));
  EXPECT_EQ(r.status, Status::IE);
  EXPECT_NE(r.message.find("no-such-program-judge"), std::string::npos) << r.message;
}

TEST(Supervisor, StdinFromFileAndStdoutToFile) {
  char in_path[] = "/tmp/judge-in-XXXXXX";
  int in_fd = ::mkstemp(in_path);
  ASSERT_GE(in_fd, 0);
  ASSERT_EQ(::write(in_fd, "3 4\n", 4), 4);
  ::close(in_fd);
  std::string out_path = std::string(in_path) + ".out";
  auto spec = shell("read a b; echo $((a+b))");
  spec.stdin_stream.target = sandbox::Stream::Path{in_path};
  spec.stdout_stream.target = sandbox::Stream::Path{out_path};
  auto r = run_clean(spec);
  ASSERT_EQ(r.status, Status::OK) << r.message;
  std::ifstream out(out_path);
  std::string line;
  std::getline(out, line);
  EXPECT_EQ(line, "7");
  EXPECT_EQ(r.stdout_bytes, 2u);
  ::unlink(in_path);
  ::unlink(out_path.c_str());
}

TEST(Supervisor, CapturedOutputIsBoundedAndFloodIsOle) {
  auto spec = command({"yes"});
  spec.stdout_stream.target = sandbox::Stream::Capture{1000};
  spec.limits.output = 1 << 20;
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::OLE) << r.message;
  EXPECT_EQ(r.stdout_data.size(), 1000u);
  EXPECT_TRUE(r.stdout_truncated);
  EXPECT_GT(r.stdout_bytes, 1u << 20);
}

TEST(Supervisor, FileOutputBeyondTheLimitIsOle) {
  char path[] = "/tmp/judge-out-XXXXXX";
  int fd = ::mkstemp(path);
  ::close(fd);
  auto spec = command({"yes"});
  spec.stdout_stream.target = sandbox::Stream::Path{path};
  spec.limits.output = 1 << 20;
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::OLE) << r.message;
  EXPECT_LE(std::filesystem::file_size(path), (1u << 20) + 1);
  ::unlink(path);
}

TEST(Supervisor, OutputOfExactlyTheLimitIsAllowed) {
  auto spec = shell("head -c 1000 /dev/zero");
  spec.stdout_stream.target = sandbox::Stream::Capture{2000};
  spec.limits.output = 1000;
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::OK) << r.message;
  EXPECT_EQ(r.stdout_bytes, 1000u);
}

TEST(Supervisor, ClosedStdoutAndStoppedSelfDoNotHangTheSupervisor) {
  auto spec = shell("exec >&- 2>&-; kill -STOP $$");
  spec.limits.wall_time = 1s;
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::TLE) << r.message;
  EXPECT_EQ(r.time_limit, TimeLimit::Wall);
}

}  // namespace
