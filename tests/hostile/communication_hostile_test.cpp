// Communication problems against hostile copies: a copy cannot read the test's input or answer or
// the manager's program, cannot see or signal the manager or the other copy (PID namespaces), and
// cannot reach the other copy by an abstract unix socket, SysV IPC or /tmp (IPC, network and
// mount namespaces of its own): copy 0 sets each up, copy 1 tries each, the manager relays what
// they say. And a multi-pass interactor's carried feedback files are seeded into its box, not a
// host directory bound into it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "judge/grader.h"
#include "judge/problem.h"
#include "tests/support/box.h"
#include "tests/support/host_state.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

void write_script(const fs::path& file, const std::string& script) {
  std::ofstream(file) << "#!/bin/sh\n" << script;
  fs::permissions(file, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                            fs::perms::others_read | fs::perms::others_exec);
}

judge::Report grade(const fs::path& dir, const std::string& problem_keys,
                    const std::string& program) {
  fs::create_directories(dir / "tests");
  fs::create_directories(dir / "work");
  std::ofstream(dir / "tests/1.in") << "secret input\n";
  std::ofstream(dir / "tests/1.ans") << "secret answer\n";
  std::ofstream(dir / "problem.toml")
      << "name = \"p\"\ntime_limit = \"20s\"\nmemory_limit = \"64MiB\"\n"
         "wall_time_limit = \"60s\"\n[tests]\ndir = \"tests\"\n"
      << problem_keys;
  std::ofstream(dir / "program.py") << program;
  judge::Grader grader(test::shared_sandbox(),
                       judge::Languages::load({judge::Languages::default_file()}),
                       fs::path(TEST_BUILD_DIR) / "example-cache", dir / "work");
  return grader.grade(judge::load_problem(dir / "problem.toml"), dir / "program.py", {});
}

// Copy 0 first (it sets up, and kills all it can: nothing but itself is in its PID namespace
// besides its init, so kill(-1) finds no one, ESRCH), then copy 1 (it looks); then the score.
const char* const kRelayManager =
    "read line\necho go >&4\nread made <&3\necho go >&6\nread seen <&5\n"
    "echo 1\necho \"$made | $seen\" >&2\n";

const char* const kHostileCopy = R"(import ctypes, errno, os, signal, socket, sys
libc = ctypes.CDLL(None, use_errno=True)
def err():
    return errno.errorcode.get(ctypes.get_errno(), '?')
input()
if sys.argv[-1] == '0':
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind('\0judge-communication-hostile')
    s.listen(1)
    shm = libc.shmget(4242, 4096, 0o1000 | 0o666)
    with open('/tmp/judge-communication-mark', 'w') as f:
        f.write('x')
    try:
        os.kill(-1, signal.SIGKILL)
        killed = 'some'
    except OSError as e:
        killed = errno.errorcode[e.errno]
    print('made shm:' + ('ok' if shm >= 0 else err()) + ' kill:' + killed, flush=True)
    sys.stdin.read()
else:
    said = []
    try:
        c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        c.connect('\0judge-communication-hostile')
        said.append('abstract:reached')
    except OSError as e:
        said.append('abstract:' + errno.errorcode[e.errno])
    said.append('shm:' + ('reached' if libc.shmget(4242, 4096, 0o666) >= 0 else err()))
    said.append('tmp:' + ('reached' if os.path.exists('/tmp/judge-communication-mark') else 'absent'))
    for name, path in (('input', '@INPUT@'), ('answer', '@ANSWER@'), ('manager', '@MANAGER@')):
        try:
            open(path).close()
            said.append(name + ':reached')
        except OSError as e:
            said.append(name + ':' + errno.errorcode[e.errno])
    seen = []
    for pid in os.listdir('/proc'):
        if pid.isdigit():
            try:
                with open('/proc/%s/cmdline' % pid, 'rb') as f:
                    seen.append(f.read())
            except OSError:
                pass
    said.append('manager-process:' + ('seen' if any(b'manager' in c for c in seen) else 'unseen'))
    print(' '.join(said), flush=True)
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

TEST(CommunicationHostile, CopiesReachNeitherTheTestNorEachOtherNorTheManager) {
  test::TempDir temp("judge-communication-hostile");
  const fs::path& dir = temp.path;
  write_script(dir / "manager.sh", kRelayManager);
  std::string copy = replaced(kHostileCopy, "@INPUT@", (dir / "tests/1.in").string());
  copy = replaced(copy, "@ANSWER@", (dir / "tests/1.ans").string());
  copy = replaced(copy, "@MANAGER@", (dir / "manager.sh").string());

  test::HostState before = test::HostState::capture();
  judge::Report report = grade(dir, "[manager]\nprogram = \"manager.sh\"\nprocesses = 2\n", copy);
  ASSERT_EQ(report.tests.size(), 1u) << report.message;
  EXPECT_EQ(judge::to_string(report.tests[0].verdict), "AC") << report.tests[0].message;
  EXPECT_EQ(report.tests[0].message,
            "made shm:ok kill:ESRCH | abstract:ECONNREFUSED shm:ENOENT tmp:absent input:ENOENT "
            "answer:ENOENT manager:ENOENT manager-process:unseen");
  EXPECT_EQ(test::leftovers(before, test::HostState::capture()), "");
  EXPECT_TRUE(fs::is_empty(dir / "work"));
}

// Pass 1 leaves judgemessage.txt and asks for a pass 2; pass 2 reports what its /box holds,
// whether /box is a mount of its own (a host directory bound in would be), and whether it can
// write there.
const char* const kFeedbackInteractor =
    "read first < \"$1\"\n"
    "if [ \"$first\" != again ]; then\n"
    "  echo 'from pass 1' > \"$3/judgemessage.txt\"; echo again > \"$3/nextpass.in\"; exit 42\n"
    "fi\n"
    "carried=$(cat /box/judgemessage.txt)\n"
    "mounts=$(grep -c ' /box ' /proc/self/mountinfo)\n"
    "echo more >> /box/judgemessage.txt && writable=yes\n"
    "echo \"carried:$carried mounts:$mounts writable:$writable\" > \"$3/judgemessage.txt\"\n"
    "exit 43\n";

TEST(InteractiveFeedbackHostile, CarriedFeedbackIsSeededIntoTheBoxNotBoundFromTheHost) {
  test::TempDir temp("judge-feedback-hostile");
  const fs::path& dir = temp.path;
  write_script(dir / "interact.sh", kFeedbackInteractor);
  test::HostState before = test::HostState::capture();
  judge::Report report = grade(
      dir, "[interactor]\ntype = \"kattis\"\nprogram = \"interact.sh\"\nmulti_pass = true\n", "");
  ASSERT_EQ(report.tests.size(), 1u) << report.message;
  EXPECT_EQ(judge::to_string(report.tests[0].verdict), "WA") << report.tests[0].message;
  EXPECT_EQ(report.tests[0].message, "carried:from pass 1 mounts:0 writable:yes");
  EXPECT_EQ(report.tests[0].passes.size(), 2u);
  EXPECT_EQ(test::leftovers(before, test::HostState::capture()), "");
}

}  // namespace
