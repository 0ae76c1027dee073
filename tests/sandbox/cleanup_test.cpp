// Nothing outlives a run: daemons, and the leftovers of a judge that was killed.
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "base/file_io.h"
#include "base/owner.h"
#include "tests/support/box.h"

namespace {

using namespace std::chrono_literals;
using sandbox::Status;
using test::command;
using test::run_clean;
using test::shell;

// The box's cgroup fails half way through its setup (its directories made, a limit refused): the
// run is IE, and what was made is gone.
TEST(Cleanup, CgroupSetupFailureIsAnInternalErrorAndLeavesNothing) {
  auto spec = shell("echo ran");
  spec.limits.cpuset = "4095";  // no such CPU
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::IE) << r.message;
  EXPECT_NE(r.message.find("cpuset"), std::string::npos) << r.message;
  EXPECT_EQ(r.stdout_data, "");
  // And the next run is not disturbed by it.
  EXPECT_EQ(run_clean(shell("echo ran")).stdout_data, "ran\n");
}

TEST(Cleanup, DoubleForkedSetsidDaemonIsGoneAfterTheRun) {
  auto r = run_clean(shell("(setsid sh -c 'sleep 1000 & echo $!' &); sleep 0.2; echo started"));
  ASSERT_EQ(r.status, Status::OK) << r.message;
  EXPECT_NE(r.stdout_data.find("started"), std::string::npos);
  // run_clean checked that no process of the box's host uid remains.
}

TEST(Cleanup, ForkBombEndsWithNoSurvivors) {
  auto spec = command({"/bin/bash", "-c", "f(){ f | f & }; f; sleep 2"});
  spec.limits.pids = 32;
  spec.limits.wall_time = 5s;
  auto r = run_clean(spec);
  EXPECT_NE(r.status, Status::IE) << r.message;
  if (test::kernel_at_least(6, 1)) {
    ASSERT_TRUE(r.pids_peak.has_value()) << "pids.peak is there since Linux 6.1";
  }
  if (r.pids_peak) {
    EXPECT_LE(*r.pids_peak, 32u);
  }
}

// A judge killed with SIGKILL mid-run: its box dies with it, and the next judge removes its cgroup.
TEST(Cleanup, LeftoversOfAKilledJudgeAreRemovedAtNextStart) {
  // Orphans of the killed judge (its box's init) come to us to be reaped, not to the host's init.
  ASSERT_EQ(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
  int ready[2];
  ASSERT_EQ(::pipe(ready), 0);
  pid_t judge = ::fork();
  ASSERT_GE(judge, 0);
  if (judge == 0) {
    ::close(ready[0]);
    // Box uids of its own, so that other tests never see this box's processes as theirs.
    sandbox::SandboxOptions options;
    options.state_dir = "/run/judge-test-killed";
    options.host_id_base = 61000000;
    sandbox::Sandbox sb(options);
    auto spec = shell("echo up >&2; sleep 1000");
    spec.stderr_stream.target = sandbox::Stream::Fd{ready[1]};
    spec.limits.wall_time = 60s;
    sb.run(spec);
    ::_exit(0);
  }
  ::close(ready[1]);
  char buf[4];
  ASSERT_EQ(::read(ready[0], buf, 3), 3) << "the box never started";
  ::close(ready[0]);

  // The dead judge's token names its cgroups.
  auto parent = test::shared_sandbox().host().parent;
  std::vector<std::string> theirs;
  std::string listing;
  for (const auto& entry : std::filesystem::directory_iterator(parent)) {
    listing += " " + entry.path().filename().string();
    if (entry.path().filename().string().rfind(std::to_string(judge) + "-", 0) == 0)
      theirs.push_back(entry.path());
  }
  ASSERT_EQ(theirs.size(), 1u) << "expected the killed judge's (pid " << judge
                               << ") box cgroup under " << parent << "; there are:" << listing;

  ASSERT_EQ(::kill(judge, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(::waitpid(judge, &status, 0), judge);
  EXPECT_TRUE(base::is_stale_owner(std::filesystem::path(theirs[0]).filename().string()))
      << theirs[0];

  // The box's processes die with the judge (parent-death signal on its init). The cgroup may
  // already be gone too: a judge starting in a concurrent test sweeps it.
  std::string procs = "?";
  for (int i = 0; i < 200; ++i) {
    procs = base::read_file(theirs[0] + "/cgroup.procs")
                .value_or(std::filesystem::exists(theirs[0]) ? "?" : "");
    if (procs.empty()) break;
    std::this_thread::sleep_for(10ms);
  }
  EXPECT_EQ(procs, "") << "the box outlived its judge";
  while (::waitpid(-1, nullptr, WNOHANG) > 0) {
  }
  ::prctl(PR_SET_CHILD_SUBREAPER, 0);

  sandbox::Sandbox next;  // a new start sweeps stale cgroups
  EXPECT_FALSE(std::filesystem::exists(theirs[0])) << theirs[0] << " was not removed";
  std::filesystem::remove_all("/run/judge-test-killed");
}

}  // namespace
