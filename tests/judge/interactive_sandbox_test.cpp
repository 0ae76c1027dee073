// What the sandbox gives interactive problems: a box handed the only copy of a pipe end
// (Stream::Given), and a box its caller stops from another thread (RunSpec::stop).
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <memory>
#include <thread>

#include "tests/support/box.h"

namespace {

struct Pipe {
  std::shared_ptr<base::UniqueFd> read, write;
};

Pipe make_pipe() {
  int fds[2];
  EXPECT_EQ(::pipe2(fds, O_CLOEXEC), 0);
  return {std::make_shared<base::UniqueFd>(fds[0]), std::make_shared<base::UniqueFd>(fds[1])};
}

// The box closes what it was given: the judge has one fd fewer after the run, none after the test.
class InteractiveSandbox : public ::testing::Test {
 protected:
  void TearDown() override { EXPECT_EQ(test::leftovers(before_, test::HostState::capture()), ""); }
  test::HostState before_ = test::HostState::capture();
};

TEST_F(InteractiveSandbox, GivenPipeEndIsClosedOnceTheBoxHasIt) {
  Pipe pipe = make_pipe();
  sandbox::RunSpec spec = test::shell("echo hello");
  spec.stdout_stream.target = sandbox::Stream::Given{pipe.write};
  sandbox::RunResult r = test::shared_sandbox().run(spec);
  EXPECT_EQ(r.status, sandbox::Status::OK) << r.message;
  EXPECT_FALSE(*pipe.write) << "the sandbox took it";
  // No write end is left anywhere: the reader gets the box's line, then EOF (not a hang).
  char buffer[64];
  ssize_t n = ::read(pipe.read->get(), buffer, sizeof buffer);
  ASSERT_EQ(n, 6);
  EXPECT_EQ(std::string(buffer, 6), "hello\n");
  EXPECT_EQ(::read(pipe.read->get(), buffer, sizeof buffer), 0);
}

TEST_F(InteractiveSandbox, GivenStdinSeesEofWhenTheWriterCloses) {
  Pipe pipe = make_pipe();
  ASSERT_EQ(::write(pipe.write->get(), "3\n", 2), 2);
  pipe.write->reset();
  sandbox::RunSpec spec = test::shell("read n; cat; echo \"got $n\"");
  spec.stdin_stream.target = sandbox::Stream::Given{pipe.read};
  sandbox::RunResult r = test::shared_sandbox().run(spec);
  EXPECT_EQ(r.status, sandbox::Status::OK) << r.message;
  EXPECT_EQ(r.stdout_data, "got 3\n");
}

TEST_F(InteractiveSandbox, NoFdGivenIsAnInternalError) {
  sandbox::RunSpec spec = test::shell("true");
  spec.stdin_stream.target = sandbox::Stream::Given{std::make_shared<base::UniqueFd>()};
  sandbox::RunResult r = test::shared_sandbox().run(spec);
  EXPECT_EQ(r.status, sandbox::Status::IE);
  EXPECT_EQ(r.message, "stdin: no fd given");
}

TEST_F(InteractiveSandbox, StopEndsARunningBox) {
  // Stopped once the box has said it is running: an event, not a sleep.
  Pipe pipe = make_pipe();
  sandbox::RunSpec spec = test::shell("echo running; exec sleep 1000");
  spec.stdout_stream.target = sandbox::Stream::Given{pipe.write};
  spec.stop = sandbox::StopHandle::make();
  sandbox::RunResult r;
  std::thread box([&] { r = test::shared_sandbox().run(spec); });
  char buffer[8];
  ASSERT_EQ(::read(pipe.read->get(), buffer, sizeof buffer), 8);
  spec.stop->stop();
  box.join();
  EXPECT_EQ(r.status, sandbox::Status::RE);
  EXPECT_TRUE(r.stopped);
  EXPECT_EQ(r.message, "stopped by the caller");
  EXPECT_EQ(r.signal, SIGKILL);
  EXPECT_GT(r.ended_ns, 0);
}

TEST_F(InteractiveSandbox, BoxThatEndsByItselfIsNotStopped) {
  sandbox::RunSpec spec = test::shell("exit 0");
  spec.stop = sandbox::StopHandle::make();
  sandbox::RunResult r = test::shared_sandbox().run(spec);
  EXPECT_EQ(r.status, sandbox::Status::OK);
  EXPECT_FALSE(r.stopped);
  // Stopping afterwards changes nothing.
  spec.stop->stop();
  EXPECT_EQ(r.status, sandbox::Status::OK);
}

}  // namespace

namespace {

TEST(InteractiveSandboxStop, StoppedBeforeItStartsIsNotAnInternalError) {
  sandbox::RunSpec spec = test::shell("exit 0");
  spec.stop = sandbox::StopHandle::make();
  spec.stop->stop();
  sandbox::RunResult r = test::run_clean(spec);
  EXPECT_EQ(r.status, sandbox::Status::RE) << r.message;
  EXPECT_TRUE(r.stopped);
  // Usually before its program starts; if the exec raced the first look, just after.
  EXPECT_TRUE(r.message == "stopped by the caller before its program started" ||
              r.message == "stopped by the caller")
      << r.message;
}

}  // namespace
