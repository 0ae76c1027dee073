// Box cgroups made ahead and removed behind (SandboxOptions::cgroups_ahead, sandbox/cgroup_pool.h):
// each run gets a cgroup of its own that no process entered before, with its own limits; none is
// left after ~Sandbox, nor after a judge killed while holding some (the next start sweeps them).
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <future>
#include <set>
#include <thread>

#include "base/fd.h"
#include "base/file_io.h"
#include "base/owner.h"
#include "tests/support/box.h"

namespace {

using namespace std::chrono_literals;
using sandbox::Status;
namespace fs = std::filesystem;

// Box uids and slots of this test process alone: ctest runs the tests of this file side by side,
// and each checks that no process of its box uids remains.
const uid_t kIdBase = 64000000 + static_cast<uid_t>(::getpid() % 10000) * 32;
const std::string kStateDir = "/run/judge-test-cgpool-" + std::to_string(::getpid());

sandbox::SandboxOptions pooled(unsigned ahead) {
  sandbox::SandboxOptions options;
  options.state_dir = kStateDir;
  options.host_id_base = kIdBase;
  options.max_boxes = 8;
  options.cgroups_ahead = ahead;
  return options;
}

// Names of this process's box cgroups (v1: one name in several hierarchies).
std::set<std::string> our_cgroup_names() {
  std::set<std::string> names;
  for (const std::string& path : test::HostState::capture().our_cgroups)
    names.insert(fs::path(path).filename().string());
  return names;
}

// The pool's thread gives no signal: waits (60 s at most) until `done` holds.
bool eventually(const std::function<bool()>& done) {
  auto deadline = std::chrono::steady_clock::now() + 60s;
  while (!done()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(2ms);
  }
  return true;
}

// Runs a box that waits for its stdin to close, and returns the name of the cgroup it ran in
// (the one of ours with a process in it) and, when `wait_for_next`, the one made ahead meanwhile.
struct Observed {
  std::string box, made_meanwhile;
  sandbox::RunResult result;
};
Observed observe_one_run(sandbox::Sandbox& sb, bool wait_for_next) {
  int in[2], ready[2];
  EXPECT_EQ(::pipe2(in, O_CLOEXEC), 0);
  EXPECT_EQ(::pipe2(ready, O_CLOEXEC), 0);
  auto spec = test::shell("echo up >&2; read line; echo done");
  spec.stdin_stream.target = sandbox::Stream::Given{std::make_shared<base::UniqueFd>(in[0])};
  spec.stderr_stream.target = sandbox::Stream::Fd{ready[1]};
  const std::set<std::string> before = our_cgroup_names();  // ready, or still being removed
  auto running = std::async(std::launch::async, [&] { return sb.run(spec); });
  Observed seen;
  char buf[3];
  EXPECT_EQ(::read(ready[0], buf, 3), 3) << "the box never started";
  for (const std::string& path : test::HostState::capture().our_cgroups)
    if (!base::read_file(path + "/cgroup.procs").value_or("").empty())
      seen.box = fs::path(path).filename().string();
  if (wait_for_next)
    EXPECT_TRUE(eventually([&] {
      for (const std::string& name : our_cgroup_names())
        if (name != seen.box && !before.count(name)) seen.made_meanwhile = name;
      return !seen.made_meanwhile.empty();
    })) << "no cgroup was made ahead while the box ran";
  ::close(in[1]);
  seen.result = running.get();
  ::close(ready[0]);
  ::close(ready[1]);
  return seen;
}

class CgroupPool : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { sandbox_ = new sandbox::Sandbox(pooled(1)); }
  static void TearDownTestSuite() {
    delete sandbox_;
    sandbox_ = nullptr;
    EXPECT_EQ(our_cgroup_names(), std::set<std::string>{}) << "left after ~Sandbox";
    fs::remove_all(kStateDir);
  }
  void TearDown() override {
    for (uid_t uid = kIdBase; uid < kIdBase + 16; ++uid)
      EXPECT_TRUE(test::processes_of_uid(uid).empty()) << "a process of box uid " << uid;
  }
  static sandbox::RunResult run(const sandbox::RunSpec& spec) { return sandbox_->run(spec); }
  static inline sandbox::Sandbox* sandbox_ = nullptr;
};

TEST_F(CgroupPool, EachRunTakesTheCgroupMadeAheadAndItIsRemovedBehind) {
  // The pool makes more than its first cgroup only once a run found none ready (one-box
  // processes waste none): two runs before, the second of which makes its own.
  for (int i = 0; i < 2; ++i) ASSERT_EQ(run(test::shell("echo ran")).stdout_data, "ran\n");
  Observed first = observe_one_run(*sandbox_, true);
  ASSERT_EQ(first.result.status, Status::OK) << first.result.message;
  EXPECT_EQ(first.result.stdout_data, "done\n");
  Observed second = observe_one_run(*sandbox_, false);
  ASSERT_EQ(second.result.status, Status::OK) << second.result.message;
  ASSERT_FALSE(first.box.empty());
  EXPECT_EQ(first.box.rfind(base::owner_token() + "-", 0), 0u) << first.box;
  EXPECT_NE(second.box, first.box) << "a cgroup was given twice";
  EXPECT_EQ(second.box, first.made_meanwhile) << "the second run did not get the one made ahead";
  EXPECT_TRUE(eventually([&] {
    auto names = our_cgroup_names();
    return !names.count(first.box) && !names.count(second.box);
  })) << "the used cgroups were not removed behind the runs";
}

TEST_F(CgroupPool, MemoryPeakIsEachRunsOwn) {
  auto big = test::program({"touch_mem", "200"});
  big.limits.memory = 512ull << 20;
  big.limits.wall_time = 180s;
  auto r1 = run(big);
  ASSERT_EQ(r1.status, Status::OK) << r1.message;
  EXPECT_GE(r1.memory_peak, 200ull << 20);
  auto r2 = run(test::program({"touch_mem", "8"}));
  ASSERT_EQ(r2.status, Status::OK) << r2.message;
  EXPECT_GE(r2.memory_peak, 8ull << 20);
  EXPECT_LT(r2.memory_peak, 64ull << 20) << "the second run's peak includes the first's";
}

TEST_F(CgroupPool, CpuIsEachRunsOwn) {
  auto r1 = run(test::program({"spin", "1", "0.3", "cpu"}));
  ASSERT_EQ(r1.status, Status::OK) << r1.message;
  EXPECT_GE(r1.cpu_us, 300'000u);
  auto r2 = run(test::program({"spin", "1", "0", "cpu"}));
  ASSERT_EQ(r2.status, Status::OK) << r2.message;
  EXPECT_LT(r2.cpu_us, 250'000u) << "the second run's CPU includes the first's";
}

// Limits are written when a run takes its cgroup: a small one, then a large one, then a small
// one again, each holds for its own run only.
TEST_F(CgroupPool, MemoryLimitIsEachRunsOwn) {
  auto touch = [](const char* mib, std::uint64_t limit_mib) {
    auto spec = test::program({"touch_mem", mib});
    spec.limits.memory = limit_mib << 20;
    spec.limits.wall_time = 180s;
    return run(spec);
  };
  auto small = touch("8", 64);
  EXPECT_EQ(small.status, Status::OK) << small.message;
  auto large = touch("200", 512);
  EXPECT_EQ(large.status, Status::OK)
      << "the 64 MiB limit of the run before held: " << large.message;
  auto small_again = touch("200", 64);
  EXPECT_EQ(small_again.status, Status::MLE) << small_again.message;
}

TEST_F(CgroupPool, PidsLimitIsEachRunsOwn) {
  auto forks = [](std::uint32_t pids) {
    auto spec = test::shell("for i in 1 2 3 4 5 6 7 8; do sleep 1000 & done; echo ok");
    spec.limits.pids = pids;
    return run(spec);
  };
  auto few = forks(4);
  EXPECT_NE(few.stderr_data.find("fork"), std::string::npos)
      << "4 pids held 10 processes: " << few.stderr_data;
  if (few.pids_peak) {
    EXPECT_LE(*few.pids_peak, 4u);
  }
  auto many = forks(64);
  EXPECT_EQ(many.status, Status::OK) << many.message;
  EXPECT_EQ(many.stdout_data, "ok\n");
  EXPECT_EQ(many.stderr_data, "") << "the pids limit of the run before held";
  if (many.pids_peak) {
    EXPECT_GE(*many.pids_peak, 10u);  // init, sh and its 8 children
  }
}

// A run that fails after it took a pooled cgroup (a bind source that does not exist fails as the
// box is planned) removes that cgroup then: it is not returned, and the pool goes on.
TEST_F(CgroupPool, ARunFailingInSetupRemovesTheCgroupItTook) {
  std::string ready;
  ASSERT_TRUE(eventually([&] {
    auto names = our_cgroup_names();
    if (names.size() == 1) ready = *names.begin();
    return names.size() == 1;
  })) << "the pool holds no ready cgroup";
  auto spec = test::shell("echo ran");
  spec.rootfs.binds.push_back({"/nonexistent-cgpool-test", "/x", false});
  auto failed = run(spec);
  EXPECT_EQ(failed.status, Status::IE);
  EXPECT_NE(failed.message.find("/nonexistent-cgpool-test"), std::string::npos) << failed.message;
  EXPECT_FALSE(our_cgroup_names().count(ready)) << ready << " outlived the run that took it";
  auto next = run(test::shell("echo ran"));
  EXPECT_EQ(next.status, Status::OK) << next.message;
  EXPECT_EQ(next.stdout_data, "ran\n");
}

// Limits the pool's cgroups cannot take (v1: a cpuset) make the cgroup inline; one that fails
// there is IE, and the pool goes on.
TEST_F(CgroupPool, LimitsThePoolCannotTakeFailAsBefore) {
  auto spec = test::shell("echo ran");
  spec.limits.cpuset = "4095";  // no such CPU
  auto r = run(spec);
  EXPECT_EQ(r.status, Status::IE) << r.message;
  EXPECT_NE(r.message.find("cpuset"), std::string::npos) << r.message;
  EXPECT_EQ(run(test::shell("echo ran")).stdout_data, "ran\n");
}

// The pool's thread takes no signal meant for the process: SIGINT, SIGTERM, SIGCHLD and SIGPIPE
// are blocked in it.
TEST(CgroupPoolLifetime, ThePoolsThreadBlocksSignals) {
  std::string blocked;
  auto sb = std::make_unique<sandbox::Sandbox>(pooled(1));
  eventually([&] {  // the thread names itself once it runs
    for (const auto& task : fs::directory_iterator("/proc/self/task"))
      if (base::read_file(task.path() / "comm").value_or("") == "cgroup-pool\n")
        if (auto status = base::read_file(task.path() / "status"))
          blocked = status->substr(status->find("SigBlk:") + 7, 17);
    return !blocked.empty();
  });
  sb.reset();
  fs::remove_all(kStateDir);
  ASSERT_FALSE(blocked.empty()) << "no thread named cgroup-pool";
  std::uint64_t mask = std::stoull(blocked, nullptr, 16);
  for (int sig : {SIGINT, SIGTERM, SIGCHLD, SIGPIPE})
    EXPECT_TRUE(mask & (1ull << (sig - 1))) << "signal " << sig << " reaches it; SigBlk" << blocked;
}

TEST(CgroupPoolLifetime, NothingIsLeftAfterTheSandboxGoes) {
  {
    sandbox::Sandbox sb(pooled(2));
    EXPECT_EQ(sb.run(test::shell("echo ran")).stdout_data, "ran\n");
    auto spec = test::shell("echo ran");
    spec.rootfs.binds.push_back({"/nonexistent-cgpool-test", "/x", false});
    EXPECT_EQ(sb.run(spec).status, Status::IE);
    EXPECT_EQ(sb.run(test::shell("echo ran")).stdout_data, "ran\n");
  }
  EXPECT_EQ(our_cgroup_names(), std::set<std::string>{});
  fs::remove_all(kStateDir);
}

// A judge killed with SIGKILL while its pool holds cgroups: they are named like any box's, and
// the next judge's start sweeps them.
TEST(CgroupPoolLifetime, CgroupsOfAKilledJudgeAreSweptAtTheNextStart) {
  int report[2];
  ASSERT_EQ(::pipe(report), 0);
  pid_t judge = ::fork();
  ASSERT_GE(judge, 0);
  if (judge == 0) {
    // Says which cgroups its pool made (one path a line), closes the pipe, waits to be killed.
    ::close(report[0]);
    sandbox::Sandbox sb(pooled(2));
    std::string paths;
    if (eventually([] { return our_cgroup_names().size() == 2; }))
      for (const std::string& path : test::HostState::capture().our_cgroups) paths += path + "\n";
    if (::write(report[1], paths.data(), paths.size()) != static_cast<ssize_t>(paths.size()))
      ::_exit(1);
    ::close(report[1]);
    ::pause();
    ::_exit(0);
  }
  ::close(report[1]);
  std::string listing;
  char buf[4096];
  for (ssize_t n; (n = ::read(report[0], buf, sizeof buf)) > 0;) listing.append(buf, n);
  ::close(report[0]);
  ::kill(judge, SIGKILL);
  ASSERT_EQ(::waitpid(judge, nullptr, 0), judge);
  std::set<std::string> theirs, names;
  for (std::size_t pos = 0, eol; (eol = listing.find('\n', pos)) != std::string::npos;
       pos = eol + 1)
    theirs.insert(listing.substr(pos, eol - pos));
  for (const auto& path : theirs) {
    names.insert(fs::path(path).filename().string());
    EXPECT_TRUE(fs::exists(path)) << path << " is gone before the next start";
  }
  EXPECT_EQ(names.size(), 2u) << "expected the 2 cgroups of the killed judge's pool:\n" << listing;
  for (const auto& name : names) EXPECT_EQ(name.rfind(std::to_string(judge) + "-", 0), 0u) << name;

  sandbox::Sandbox next;  // a new start sweeps stale cgroups
  for (const auto& path : theirs) EXPECT_FALSE(fs::exists(path)) << path << " was not removed";
  fs::remove_all(kStateDir);
}

}  // namespace
