// What may be handed to a box as a standard stream, and what may not.
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdio>
#include <string>

#include "base/file_io.h"
#include "tests/support/box.h"

namespace {

using sandbox::Status;
using test::run_clean;
using test::shell;

TEST(Streams, DirectoryIsRefused) {
  auto spec = shell("true");
  spec.stdin_stream.target = sandbox::Stream::Path{"/usr"};
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::IE);
  EXPECT_NE(r.message.find("directory"), std::string::npos) << r.message;
}

// The box could reopen such a file for writing through /proc/self/fd/0 (review 2026-11-30, S1).
TEST(Streams, InputWritableByOthersIsRefused) {
  char path[] = "/tmp/judge-stdin-XXXXXX";
  int fd = ::mkstemp(path);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::write(fd, "1 2\n", 4), 4);
  ::close(fd);
  ASSERT_EQ(::chmod(path, 0666), 0);
  auto spec = shell("cat");
  spec.stdin_stream.target = sandbox::Stream::Path{path};
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::IE);
  EXPECT_EQ(r.message, "stdin: '" + std::string(path) +
                           "' is writable by others (chmod o-w): the program could rewrite it "
                           "through /proc/self/fd/0");
  ASSERT_EQ(::chmod(path, 0644), 0);
  r = run_clean(spec);
  EXPECT_EQ(r.status, Status::OK) << r.message;
  ::unlink(path);
}

TEST(Streams, TerminalIsRefused) {
  int master = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
  ASSERT_GE(master, 0);
  ASSERT_EQ(::grantpt(master), 0);
  ASSERT_EQ(::unlockpt(master), 0);
  int slave = ::open(::ptsname(master), O_RDWR | O_NOCTTY | O_CLOEXEC);
  ASSERT_GE(slave, 0);
  auto spec = shell("echo typed");
  spec.stdout_stream.target = sandbox::Stream::Fd{slave};
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::IE);
  EXPECT_NE(r.message.find("terminal"), std::string::npos) << r.message;
  ::close(slave);
  ::close(master);
}

TEST(Streams, ProgramMayReopenItsOwnOutputs) {
  char path[] = "/tmp/judge-reopen-XXXXXX";
  int fd = ::mkstemp(path);
  ::fchmod(fd, 0640);
  ::close(fd);
  auto spec = shell(
      "echo to-stdout > /dev/stdout; echo to-stderr > /dev/stderr; cat /dev/stdin && echo "
      "read-stdin >&2");
  spec.stdout_stream.target = sandbox::Stream::Path{path};
  auto r = run_clean(spec);
  ASSERT_EQ(r.status, Status::OK) << r.message << r.stderr_data;
  EXPECT_EQ(r.stderr_data, "to-stderr\nread-stdin\n");
  EXPECT_EQ(base::read_file(path).value_or(""), "to-stdout\n");
  struct stat st {};
  ASSERT_EQ(::stat(path, &st), 0);
  EXPECT_EQ(st.st_uid, ::geteuid()) << "the output file stays the caller's";
  EXPECT_EQ(st.st_mode & 07777, 0640u) << "its mode is restored";
  ::unlink(path);
}

TEST(Streams, OneFileForStdoutAndStderrGetsItsModeBack) {
  char path[] = "/tmp/judge-both-XXXXXX";
  int fd = ::mkstemp(path);
  ::fchmod(fd, 0600);
  ::close(fd);
  auto spec = shell("echo out; echo err >&2");
  spec.stdout_stream.target = sandbox::Stream::Path{path};
  spec.stderr_stream.target = sandbox::Stream::Path{path};
  auto r = run_clean(spec);
  ASSERT_EQ(r.status, Status::OK) << r.message;
  struct stat st {};
  ASSERT_EQ(::stat(path, &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0600u);
  ::unlink(path);
}

TEST(Streams, OnlyTheThreeStandardFdsReachTheProgram) {
  int extra = ::open("/etc/hostname", O_RDONLY);  // deliberately not close-on-exec
  auto r = run_clean(shell("ls /proc/self/fd"));
  ::close(extra);
  ASSERT_EQ(r.status, Status::OK) << r.message;
  // ls itself opens one more to read the directory.
  EXPECT_EQ(r.stdout_data, "0\n1\n2\n3\n");
}

TEST(Streams, ForwardToASlowReaderDoesNotHoldUpTheWallLimit) {
  int fds[2];
  ASSERT_EQ(::pipe2(fds, O_CLOEXEC), 0);  // nobody reads fds[0] until the run is over
  auto spec = test::command({"yes"});
  spec.stdout_stream.target = sandbox::Stream::Forward{fds[1]};
  spec.limits.wall_time = std::chrono::milliseconds(500);
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::TLE) << r.message;
  // Ended at the limit, not held up by the writes the reader never takes (which would last until
  // ctest's timeout): a few seconds of slack for a busy host.
  EXPECT_LT(r.wall_us, 6'000'000u);
  EXPECT_TRUE(r.stdout_truncated) << "what the reader never took was dropped";
  ::close(fds[0]);
  ::close(fds[1]);
}

// The judge's side is full (ENOSPC) while the box's output or files come out: the run is IE, never
// a short output blamed on the program. A 64 KiB tmpfs in a mount namespace of a child process,
// which takes the mount with it.
TEST(Streams, AFullDiskOnTheJudgesSideIsAnInternalError) {
  pid_t child = ::fork();
  if (child == 0) {
    auto fail = [](int code, const std::string& why) {
      std::fprintf(stderr, "%s\n", why.c_str());
      ::_exit(code);
    };
    if (::unshare(CLONE_NEWNS) != 0 ||
        ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
      fail(10, "no mount namespace");
    char dir[] = "/tmp/judge-full-XXXXXX";
    if (!::mkdtemp(dir) || ::mount("tmpfs", dir, "tmpfs", 0, "size=64k,mode=0755") != 0)
      fail(11, "no tmpfs");
    std::string out_file = std::string(dir) + "/out", collect_dir = std::string(dir) + "/collect";
    int code = 0;
    {
      sandbox::Sandbox sb;
      int fd = ::open(out_file.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
      auto spec = shell("head -c 1000000 /dev/zero");
      spec.stdout_stream.target = sandbox::Stream::Forward{fd};
      auto r = sb.run(spec);
      ::close(fd);
      ::unlink(out_file.c_str());
      if (r.status != Status::IE || r.message.find("No space left") == std::string::npos)
        code = 12,
        std::fprintf(stderr, "stdout: %s %s\n", std::string(sandbox::to_string(r.status)).c_str(),
                     r.message.c_str());
      ::mkdir(collect_dir.c_str(), 0755);
      auto spec2 = shell("head -c 1000000 /dev/zero > big; echo small > small");
      spec2.collect = sandbox::Collect{{"big", "small"}, collect_dir, 4 << 20, 10};
      r = sb.run(spec2);
      if (r.status != Status::IE || r.message.find("cannot take files out") == std::string::npos)
        code = 13,
        std::fprintf(stderr, "collect: %s %s\n", std::string(sandbox::to_string(r.status)).c_str(),
                     r.message.c_str());
    }
    ::umount2(dir, MNT_DETACH);
    ::rmdir(dir);
    ::_exit(code);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "see the child's message above";
}

}  // namespace
