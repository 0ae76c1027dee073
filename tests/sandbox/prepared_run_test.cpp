// A box made ahead of its run (Sandbox::prepare, then finish): the same run as run(), its program
// started only at finish, the wait before counted nowhere, and a box dropped unrun leaves nothing.
#include <fcntl.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "base/file_io.h"
#include "tests/support/box.h"

namespace {

using namespace std::chrono_literals;
using sandbox::Status;
using test::shell;

double boottime_seconds() {
  timespec ts{};
  ::clock_gettime(CLOCK_BOOTTIME, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

TEST(PreparedRun, FinishGivesWhatRunGives) {
  auto spec = shell("echo out; echo err >&2; hostname; exit 3");
  test::HostState before = test::HostState::capture();
  sandbox::RunResult prepared = test::shared_sandbox().finish(test::shared_sandbox().prepare(spec));
  EXPECT_EQ(test::leftovers(before, test::HostState::capture()), "");
  sandbox::RunResult direct = test::run_clean(spec);
  ASSERT_EQ(prepared.status, Status::RE) << prepared.message;
  EXPECT_EQ(prepared.exit_code, 3);
  EXPECT_EQ(prepared.stdout_data, direct.stdout_data);
  EXPECT_EQ(prepared.stdout_data, "out\nbox\n");
  EXPECT_EQ(prepared.stderr_data, "err\n");
  EXPECT_EQ(prepared.status, direct.status);
  EXPECT_GT(prepared.cpu_us, 0u);
  EXPECT_TRUE(test::processes_of_uid(prepared.host_uid).empty());
}

// The program starts at finish, not before; the time the box waited is neither its wall time nor
// its CPU time (the box is idle meanwhile, so 1.5 s is far above what the run itself takes).
TEST(PreparedRun, ProgramStartsAtFinishAndTheWaitIsNotCounted) {
  auto spec = shell("cat /proc/uptime");
  sandbox::PreparedRun prepared = test::shared_sandbox().prepare(spec);
  std::this_thread::sleep_for(1500ms);
  double released_at = boottime_seconds();
  sandbox::RunResult r = test::shared_sandbox().finish(std::move(prepared));
  ASSERT_EQ(r.status, Status::OK) << r.message;
  // /proc/uptime counts the host's boot time (the box has no time namespace), to 10 ms.
  double started_at = std::stod(r.stdout_data);
  EXPECT_GE(started_at + 0.011, released_at) << "the program ran before finish";
  EXPECT_LT(r.wall_us, 1'500'000u);
}

// The box's init, a child of this process named "init" once it hid the judge's name; 0 if none
// shows up within `patience`.
pid_t child_named_init(std::chrono::seconds patience) {
  auto deadline = std::chrono::steady_clock::now() + patience;
  do {
    for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
      auto stat = base::read_file(entry.path() / "stat");
      if (!stat || stat->find("(init) ") == std::string::npos) continue;
      auto fields = base::stat_fields_after_comm(*stat);
      if (fields.size() > 1 && std::stol(std::string(fields[1])) == ::getpid())
        return static_cast<pid_t>(std::stol(entry.path().filename().string()));
    }
    std::this_thread::sleep_for(10ms);
  } while (std::chrono::steady_clock::now() < deadline);
  return 0;
}

// Its init killed while the box waited: the program never ran, and finish says so (IE), not a
// verdict on the program.
TEST(PreparedRun, InitKilledWhileWaitingIsAnInternalErrorBeforeTheProgram) {
  auto spec = shell("echo ran");
  sandbox::PreparedRun prepared = test::shared_sandbox().prepare(spec);
  pid_t init = child_named_init(60s);
  ASSERT_GT(init, 0) << "no init of the prepared box found";
  ASSERT_EQ(::kill(init, SIGKILL), 0);
  sandbox::RunResult r = test::shared_sandbox().finish(std::move(prepared));
  EXPECT_EQ(r.status, Status::IE) << r.message;
  EXPECT_NE(r.message.find("before its program started"), std::string::npos) << r.message;
  EXPECT_EQ(r.stdout_data, "");
}

// Dropped unrun: the program never runs (nothing reaches its stdout, which sees EOF once the box
// is gone), and no cgroup, mount or fd of it remains.
TEST(PreparedRun, DroppedUnrunRunsNothingAndLeavesNothing) {
  test::HostState before = test::HostState::capture();
  int out[2];
  ASSERT_EQ(::pipe2(out, O_CLOEXEC), 0);
  {
    auto spec = shell("echo ran");
    spec.stdout_stream.target = sandbox::Stream::Fd{out[1]};
    sandbox::PreparedRun prepared = test::shared_sandbox().prepare(spec);
    std::this_thread::sleep_for(200ms);  // let its init get ready and wait
  }
  ::close(out[1]);
  char buf[16];
  EXPECT_EQ(::read(out[0], buf, sizeof buf), 0) << "the dropped box's program ran";
  ::close(out[0]);
  EXPECT_EQ(test::leftovers(before, test::HostState::capture()), "");
}

// A box whose setup fails while prepared ends as run() would end it.
TEST(PreparedRun, SetupFailureIsReportedAtFinish) {
  auto spec = shell("echo ran");
  spec.rootfs.binds.push_back({"/nonexistent-judge-test-dir", "/data", false});
  sandbox::RunResult direct = test::run_clean(spec);
  test::HostState before = test::HostState::capture();
  sandbox::RunResult prepared = test::shared_sandbox().finish(test::shared_sandbox().prepare(spec));
  EXPECT_EQ(test::leftovers(before, test::HostState::capture()), "");
  EXPECT_NE(prepared.status, Status::OK);
  EXPECT_EQ(prepared.status, direct.status) << prepared.message << " / " << direct.message;
  EXPECT_EQ(prepared.stdout_data, "");
}

// Two boxes prepared at once are two boxes: each its own host uid, each run once.
TEST(PreparedRun, TwoPreparedAtOnceAreSeparateBoxes) {
  auto first_spec = shell("echo first; touch /tmp/mark; ls /tmp");
  auto second_spec = shell("echo second; ls /tmp");
  sandbox::PreparedRun first = test::shared_sandbox().prepare(first_spec);
  sandbox::PreparedRun second = test::shared_sandbox().prepare(second_spec);
  sandbox::RunResult a = test::shared_sandbox().finish(std::move(first));
  sandbox::RunResult b = test::shared_sandbox().finish(std::move(second));
  ASSERT_EQ(a.status, Status::OK) << a.message;
  ASSERT_EQ(b.status, Status::OK) << b.message;
  EXPECT_EQ(a.stdout_data, "first\nmark\n");
  EXPECT_EQ(b.stdout_data, "second\n");
  EXPECT_NE(a.host_uid, b.host_uid);
}

}  // namespace
