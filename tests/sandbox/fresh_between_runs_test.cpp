// Every test of a submission starts fresh (docs/security.md, "Every test starts fresh"): one
// Sandbox, consecutive runs with the RunSpec the judge makes for a test (judge/run_test.cpp), run 1
// leaving something behind (tests/programs/leftovers.c, CLAUSE leave) and run 2 looking for it
// (CLAUSE look). Each clause of the guarantee is one test here; every output is compared exactly.
#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "judge/box_spec.h"
#include "judge/language.h"
#include "tests/sandbox/fresh_sandbox.h"
#include "tests/support/box.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using sandbox::RunResult;
using sandbox::Status;

const judge::Language& c_language() {
  static const judge::Languages languages =
      judge::Languages::load({judge::Languages::default_file()});
  return *languages.find("c");
}

class FreshBetweenRuns : public ::testing::Test {
 protected:
  // The program as the judge's compile leaves it: a layer holding sol/main; an empty input file.
  static void SetUpTestSuite() {
    dir_ = new test::TempDir("judge-fresh");
    fs::create_directories(dir_->path / "layer/sol");
    fs::copy_file(LEFTOVERS_BINARY, dir_->path / "layer/sol/main");
    std::ofstream(dir_->path / "empty.in");
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  void SetUp() override { before_ = test::HostState::capture(); }
  // Nothing of any run may stay on the host: no process of a box's host id, mount, cgroup or fd.
  void TearDown() override {
    EXPECT_EQ(test::leftovers(before_, test::HostState::capture()), "");
    EXPECT_EQ(test::processes_of_fresh_boxes(), "");
  }

  // The RunSpec of a test of a C submission (judge::run_and_check): the language's environment,
  // cwd /box, seccomp errno, limits from run_limits, the layer, stdin a file; stdout captured
  // here rather than forwarded to a file.
  static sandbox::RunSpec judge_spec(const std::vector<std::string>& args,
                                     std::uint64_t memory = 512ull << 20) {
    const judge::Language& c = c_language();
    sandbox::RunSpec spec = judge::base_spec(c);
    sandbox::Limits problem;
    problem.cpu_time = 20s;
    problem.wall_time = 60s;
    problem.memory = memory;
    spec.limits = c.run_limits(problem);
    spec.argv = c.run_command(memory);
    spec.argv.insert(spec.argv.end(), args.begin(), args.end());
    spec.rootfs.layers = {(dir_->path / "layer").string()};
    spec.stdin_stream.target = sandbox::Stream::Path{(dir_->path / "empty.in").string()};
    spec.stdout_stream.target = sandbox::Stream::Capture{1 << 20};
    spec.stderr_stream.target = sandbox::Stream::Capture{4096};
    return spec;
  }

  static RunResult run(const sandbox::RunSpec& spec) { return test::fresh_sandbox().run(spec); }
  // A run that must end well: its stdout.
  static std::string ok(const sandbox::RunSpec& spec) { return stdout_of(run(spec)); }
  static std::string stdout_of(const RunResult& r) {
    EXPECT_EQ(r.status, Status::OK) << r.message << r.stderr_data;
    return r.stdout_data;
  }

  static test::TempDir* dir_;
  test::HostState before_;
};

test::TempDir* FreshBetweenRuns::dir_ = nullptr;

TEST_F(FreshBetweenRuns, FilesInTmpAndTheWorkingDirectoryAreGone) {
  EXPECT_EQ(ok(judge_spec({"files", "leave"})), "files made=3 seen=3\n");
  EXPECT_EQ(ok(judge_spec({"files", "look"})), "files seen=0\n");
}

// Looked for by key and in /proc/sysvipc/ (what any key, IPC_PRIVATE included, would list).
TEST_F(FreshBetweenRuns, SysvSharedMemorySemaphoresAndMessageQueuesAreGone) {
  EXPECT_EQ(ok(judge_spec({"sysv", "leave"})), "sysv shm=1 sem=1 msg=1 listed=1,1,1\n");
  EXPECT_EQ(ok(judge_spec({"sysv", "look"})), "sysv shm=0 sem=0 msg=0 listed=0,0,0\n");
}

// A box's RLIMIT_MSGQUEUE is 0: no POSIX queue can be made at all; none is found either.
TEST_F(FreshBetweenRuns, PosixMessageQueuesAreRefused) {
  EXPECT_EQ(ok(judge_spec({"mqueue", "leave"})), "mqueue refused=EMFILE\n");
  EXPECT_EQ(ok(judge_spec({"mqueue", "look"})), "mqueue open=ENOENT\n");
}

// A double-forked setsid daemon deaf to SIGTERM: run 2's /proc holds only its init and itself.
TEST_F(FreshBetweenRuns, ABackgroundProcessIgnoringSigtermIsGone) {
  EXPECT_EQ(ok(judge_spec({"process", "leave"})), "process daemon=up others=1\n");
  EXPECT_EQ(ok(judge_spec({"process", "look"})), "process others=0\n");
}

TEST_F(FreshBetweenRuns, AnAbstractUnixSocketListenerIsGone) {
  EXPECT_EQ(ok(judge_spec({"socket", "leave"})), "socket listening=1 daemon=up connect=ok\n");
  EXPECT_EQ(ok(judge_spec({"socket", "look"})), "socket connect=ECONNREFUSED\n");
}

TEST_F(FreshBetweenRuns, TheHostnameCannotBeChangedAndIsTheBoxs) {
  EXPECT_EQ(ok(judge_spec({"hostname", "leave"})), "sethostname=EPERM\nnow hostname=box\n");
  EXPECT_EQ(ok(judge_spec({"hostname", "look"})), "look hostname=box\n");
}

// The judge's seccomp refuses inet sockets; a run without seccomp does send on lo. Either way
// the next run has another network namespace whose lo has seen no packet.
TEST_F(FreshBetweenRuns, TheNetworkNamespaceIsNewAndItsLoopbackUnused) {
  std::string refused = ok(judge_spec({"net", "leave"}));
  EXPECT_EQ(refused.substr(0, refused.find('\n') + 1), "net udp=EPERM lo_used=0\n");
  auto unfiltered = judge_spec({"net", "leave"});
  unfiltered.seccomp = sandbox::SeccompMode::Off;
  std::string sent = ok(unfiltered);
  std::size_t line = sent.find('\n') + 1;
  ASSERT_EQ(sent.substr(0, line), "net udp=sent lo_used=1\n");
  std::string namespace_of_run_1 = sent.substr(line, sent.size() - line - 1);
  ASSERT_EQ(namespace_of_run_1.rfind("cookie:", 0), 0u) << sent;
  ASSERT_NE(namespace_of_run_1, "cookie:0") << sent;
  EXPECT_EQ(ok(judge_spec({"net", "look", namespace_of_run_1})),
            "net lo_packets=0 same_namespace=0\n");
}

// Environment, cwd, umask, rlimits, open fds, signal dispositions and mask, capabilities, nice,
// oom_score_adj, cgroup: run 2 starts with what run 1 started with, whatever run 1 changed (and
// left a daemon holding).
TEST_F(FreshBetweenRuns, EnvironmentCwdRlimitsAndFdsAreTheSameAtEveryStart) {
  std::string first = ok(judge_spec({"state", "mess"}));
  std::string second = ok(judge_spec({"state"}));
  EXPECT_EQ(first, second + "messed daemon=up\n");
  EXPECT_NE(second.find("env HOME=/box\n"), std::string::npos) << second;
  EXPECT_NE(second.find("cwd=/box umask=022 nice=0 pid=2 ppid=1\n"), std::string::npos) << second;
  EXPECT_NE(second.find("\nSigIgn:\t0000000000000000\n"), std::string::npos) << second;
}

// The cgroup figures are the run's own: a 200 MiB peak, CPU burnt by a daemon left running.
TEST_F(FreshBetweenRuns, MemoryPeakIsTheRunsOwn) {
  RunResult big = run(judge_spec({"memory", "200"}));
  EXPECT_EQ(stdout_of(big), "memory touched=200 tmp=32\n");
  EXPECT_GE(big.memory_peak, 232ull << 20);
  RunResult small = run(judge_spec({"files", "look"}));
  EXPECT_EQ(stdout_of(small), "files seen=0\n");
  EXPECT_LT(small.memory_peak, 32ull << 20);
}

TEST_F(FreshBetweenRuns, CpuTimeIsTheRunsOwn) {
  RunResult burnt = run(judge_spec({"burn", "300"}));
  EXPECT_EQ(stdout_of(burnt), "burn daemon=up ms=300\n");
  EXPECT_GE(burnt.cpu_us, 300000u);
  RunResult idle = run(judge_spec({"files", "look"}));
  EXPECT_EQ(stdout_of(idle), "files seen=0\n");
  // Not run 1's figure carried on (at least its 300 ms): the bound is run 1's own figure rather
  // than a fixed one, since under emulation (the VM leg) even a tiny program may count tens of ms.
  EXPECT_LT(idle.cpu_us, burnt.cpu_us);
}

// Run 1 forks up to the limit and leaves its children; run 2 forks as many.
TEST_F(FreshBetweenRuns, PidsLimitIsTheRunsOwn) {
  auto spec = judge_spec({"forkall"});
  spec.limits.pids = 12;
  RunResult first = run(spec), second = run(spec);
  EXPECT_EQ(stdout_of(first), "forked=10 errno=EAGAIN\n");  // 12 minus the init and the program
  EXPECT_EQ(stdout_of(second), "forked=10 errno=EAGAIN\n");
  EXPECT_EQ(first.pids_peak, second.pids_peak);
}

// Each run has the memory limit of its own spec: neither the smaller one before it nor the
// larger one.
TEST_F(FreshBetweenRuns, MemoryLimitIsTheRunsOwn) {
  EXPECT_EQ(ok(judge_spec({"files", "leave"}, 64ull << 20)), "files made=3 seen=3\n");
  EXPECT_EQ(ok(judge_spec({"memory", "200"}, 512ull << 20)), "memory touched=200 tmp=32\n");
  RunResult limited = run(judge_spec({"memory", "200"}, 64ull << 20));
  EXPECT_EQ(limited.status, Status::MLE) << limited.message;
}

// The submission side (no arguments) looks for every clause at once: in one run that leaves
// everything, it finds what the kernel let it leave. The end-to-end test relies on this.
TEST_F(FreshBetweenRuns, LookFindsLeftoversWithinOneRun) {
  std::ofstream(dir_->path / "both.in") << "leave look\n";
  auto spec = judge_spec({});
  spec.stdin_stream.target = sandbox::Stream::Path{(dir_->path / "both.in").string()};
  EXPECT_EQ(ok(spec), "left\nfiles sysv process socket\n");
  spec.seccomp = sandbox::SeccompMode::Off;
  EXPECT_EQ(ok(spec), "left\nfiles sysv process socket net\n");
  std::ofstream(dir_->path / "look.in") << "look\n";
  spec.stdin_stream.target = sandbox::Stream::Path{(dir_->path / "look.in").string()};
  EXPECT_EQ(ok(spec), "clean\n");
}

// Two boxes at once (--jobs 2): one holds every leftover while the other looks for each.
TEST_F(FreshBetweenRuns, TwoConcurrentBoxesCannotSeeEachOther) {
  int to_holder[2], from_holder[2];
  ASSERT_EQ(::pipe2(to_holder, O_CLOEXEC), 0);
  ASSERT_EQ(::pipe2(from_holder, O_CLOEXEC), 0);
  auto spec = judge_spec({"hold"});
  // Given: the box holds the only copies of these ends, so each side sees EOF when the other
  // is gone.
  spec.stdin_stream.target = sandbox::Stream::Given{std::make_shared<base::UniqueFd>(to_holder[0])};
  spec.stdout_stream.target =
      sandbox::Stream::Given{std::make_shared<base::UniqueFd>(from_holder[1])};
  RunResult held;
  std::thread holding([&] { held = run(spec); });
  char ready[128] = {};
  std::vector<std::string> seen;
  if (::read(from_holder[0], ready, sizeof ready - 1) > 0)
    for (const char* clause : {"files", "sysv", "process", "socket", "hostname"})
      seen.push_back(ok(judge_spec({clause, "look"})));
  ::close(to_holder[1]);
  holding.join();
  ::close(from_holder[0]);
  EXPECT_EQ(held.status, Status::OK) << held.message;
  EXPECT_STREQ(ready, "ready files=3 sysv=1 others=1 connect=ok\n");
  EXPECT_EQ(seen,
            (std::vector<std::string>{"files seen=0\n", "sysv shm=0 sem=0 msg=0 listed=0,0,0\n",
                                      "process others=0\n", "socket connect=ECONNREFUSED\n",
                                      "look hostname=box\n"}));
}

}  // namespace
