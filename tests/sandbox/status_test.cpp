// decide_status is the one place a run's status is decided: what the supervisor saw, in one order
// of precedence, including the judge's own failures to deliver what the program left.
#include "sandbox/status.h"

#include <gtest/gtest.h>
#include <signal.h>

#include <cerrno>
#include <chrono>

namespace {

using namespace sandbox;

struct Decided {
  RunSpec spec;
  Plan plan;
  Supervision sv;
  RunResult r;

  Decided() {
    spec.argv = {"prog"};
    sv.exec_started = true;
    sv.finished = true;
    sv.wait_status = 0;  // exit code 0
  }
  RunResult& decide() {
    decide_status(spec, plan, sv, r);
    return r;
  }
};

TEST(Status, AnOrdinaryExitIsOk) {
  Decided d;
  EXPECT_EQ(d.decide().status, Status::OK);
  EXPECT_EQ(d.r.exit_code, 0);
}

TEST(Status, AFailedMountIsNamedByItsTarget) {
  Decided d;
  d.plan.mounts.push_back({.kind = MountStep::Bind, .target = "/box/data"});
  d.sv.setup_failure =
      ChildReport{.step = static_cast<int>(ChildStep::Mount), .error = ENOENT, .detail = 0};
  EXPECT_EQ(d.decide().status, Status::IE);
  EXPECT_EQ(d.r.message.rfind("box setup failed: mount /box/data: ", 0), 0u) << d.r.message;
}

TEST(Status, EachSideNamesItsUserSwitchAlike) {
  for (ChildStep step : {ChildStep::InitUid, ChildStep::BoxUid}) {
    Decided d;
    d.sv.setup_failure = ChildReport{.step = static_cast<int>(step), .error = EPERM};
    EXPECT_EQ(d.decide().message.rfind("box setup failed: setresuid: ", 0), 0u) << d.r.message;
  }
}

TEST(Status, TheSupervisorsKillWinsOverTheSigkillThatFollowed) {
  Decided d;
  d.spec.limits.wall_time = std::chrono::seconds(1);
  d.sv.killed = KillReason::WallTime;
  d.sv.wait_status = SIGKILL;
  EXPECT_EQ(d.decide().status, Status::TLE);
  EXPECT_EQ(d.r.time_limit, TimeLimit::Wall);
}

TEST(Status, AWriteErrorOfTheJudgeTurnsOnlyAnOkRunIntoIe) {
  Decided ok;
  ok.sv.stdout_write_error = ENOSPC;
  EXPECT_EQ(ok.decide().status, Status::IE);
  EXPECT_NE(ok.r.message.find("cannot write the box's stdout"), std::string::npos);

  Decided failed;
  failed.sv.stdout_write_error = ENOSPC;
  failed.sv.wait_status = 3 << 8;  // exit code 3
  EXPECT_EQ(failed.decide().status, Status::RE);
}

TEST(Status, CollectingWeighsMoreThanStderrThenStdout) {
  Decided streams;
  streams.sv.stdout_write_error = ENOSPC;
  streams.sv.stderr_write_error = EIO;
  EXPECT_NE(streams.decide().message.find("stderr"), std::string::npos) << streams.r.message;

  Decided collect;
  collect.spec.collect = Collect{};
  collect.sv.stderr_write_error = EIO;
  collect.sv.collect_error = ENOSPC;
  EXPECT_NE(collect.decide().message.find("cannot take files out"), std::string::npos);

  Decided unfinished;
  unfinished.spec.collect = Collect{};
  unfinished.sv.finished = false;
  EXPECT_EQ(unfinished.decide().message, "the box's init did not finish taking files out");
}

TEST(Status, NoWordFromInitFailsClosed) {
  Decided d;
  d.sv.wait_status.reset();
  EXPECT_EQ(d.decide().status, Status::IE);
}

}  // namespace
