// Namespaces and identity: what a process inside the box can see of the host, and who it is.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <sstream>

#include "tests/support/box.h"

namespace {

using sandbox::Status;
using test::run_clean;
using test::shell;

std::vector<long> numbers_in(const std::string& text) {
  std::vector<long> out;
  std::istringstream in(text);
  std::string word;
  while (in >> word)
    if (word.find_first_not_of("0123456789") == std::string::npos) out.push_back(std::stol(word));
  return out;
}

TEST(Isolation, BoxHasItsOwnPidNamespace) {
  auto r = run_clean(shell("echo self=$$; cat /proc/1/comm; ls /proc"));
  ASSERT_EQ(r.status, Status::OK) << r.message << r.stderr_data;
  // PID 1 is the box's init; the shell is its first child; nothing of the host is listed.
  EXPECT_NE(r.stdout_data.find("self=2\n"), std::string::npos) << r.stdout_data;
  EXPECT_NE(r.stdout_data.find("init\n"), std::string::npos) << r.stdout_data;
  auto pids = numbers_in(r.stdout_data.substr(r.stdout_data.find("init\n") + 5));
  ASSERT_FALSE(pids.empty());
  for (long pid : pids) EXPECT_LT(pid, 10) << "a process outside the box is visible: " << pid;
  EXPECT_EQ(std::count(pids.begin(), pids.end(), static_cast<long>(::getpid())),
            ::getpid() < 10 ? 1 : 0);
}

TEST(Isolation, HostnameIsTheBoxsAndCannotBeChanged) {
  char host[256] = {};
  ::gethostname(host, sizeof host - 1);
  auto r = run_clean(shell("hostname; hostname evil 2>&1 || echo refused; hostname"));
  ASSERT_EQ(r.status, Status::OK) << r.message;
  EXPECT_EQ(r.stdout_data.substr(0, 4), "box\n");
  EXPECT_NE(r.stdout_data.find("refused"), std::string::npos) << r.stdout_data;
  char after[256] = {};
  ::gethostname(after, sizeof after - 1);
  EXPECT_STREQ(host, after);
  EXPECT_STRNE(after, "evil");
}

TEST(Isolation, OnlyLoopbackAndHostListenerUnreachable) {
  int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  ASSERT_GE(listener, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::bind(listener, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  ASSERT_EQ(::listen(listener, 4), 0);
  socklen_t len = sizeof addr;
  ::getsockname(listener, reinterpret_cast<sockaddr*>(&addr), &len);
  int port = ntohs(addr.sin_port);

  // With seccomp, inet sockets are refused (EPERM); without, the network namespace alone keeps the
  // host's listener out of reach (ECONNREFUSED from the box's own lo).
  for (auto [mode, expected] : {std::pair{sandbox::SeccompMode::Errno, "failed 1\n"},
                                std::pair{sandbox::SeccompMode::Off, "failed 111\n"}}) {
    auto spec = shell(
        "tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '; "
        "python3 -c 'import socket\n"
        "try:\n s=socket.socket(); s.settimeout(2); s.connect((\"127.0.0.1\", " +
        std::to_string(port) +
        ")); print(\"connected\")\n"
        "except OSError as e: print(\"failed\", e.errno)'");
    spec.seccomp = mode;
    auto r = run_clean(spec);
    ASSERT_EQ(r.status, Status::OK) << r.message << r.stderr_data;
    EXPECT_EQ(r.stdout_data.substr(0, 3), "lo\n") << r.stdout_data;
    EXPECT_EQ(r.stdout_data.find("connected"), std::string::npos) << r.stdout_data;
    EXPECT_NE(r.stdout_data.find(expected), std::string::npos) << r.stdout_data;
  }
  pollfd pfd{listener, POLLIN, 0};
  EXPECT_EQ(::poll(&pfd, 1, 100), 0) << "the host listener saw a connection";
  ::close(listener);
}

TEST(Isolation, UnprivilegedIdentityWithoutCapabilities) {
  auto r =
      run_clean(shell("id -u; cat /proc/self/uid_map /proc/self/gid_map; grep -E "
                      "'^(CapEff|CapPrm|CapBnd|NoNewPrivs|Seccomp):' /proc/self/status"));
  ASSERT_EQ(r.status, Status::OK) << r.message;
  // Two lines per map: 0 (the box's init) and 1000 (the program), each to its own host id.
  std::istringstream out(r.stdout_data);
  long uid = -1;
  out >> uid;
  EXPECT_EQ(uid, 1000);
  for (const char* map : {"uid_map", "gid_map"}) {
    long inside = -1, outside = -1, count = -1;
    out >> inside >> outside >> count;
    EXPECT_EQ(inside, 0) << map;
    EXPECT_EQ(outside, static_cast<long>(r.host_uid) - 1) << map;
    EXPECT_EQ(count, 1) << map;
    out >> inside >> outside >> count;
    EXPECT_EQ(inside, 1000) << map;
    EXPECT_EQ(outside, static_cast<long>(r.host_uid)) << map;
    EXPECT_NE(outside, 0) << map << ": the program maps to host root";
    EXPECT_EQ(count, 1) << map;
  }
  EXPECT_NE(r.stdout_data.find("CapEff:\t0000000000000000"), std::string::npos) << r.stdout_data;
  EXPECT_NE(r.stdout_data.find("CapPrm:\t0000000000000000"), std::string::npos);
  EXPECT_NE(r.stdout_data.find("CapBnd:\t0000000000000000"), std::string::npos);
  EXPECT_NE(r.stdout_data.find("NoNewPrivs:\t1"), std::string::npos);
  EXPECT_NE(r.stdout_data.find("Seccomp:\t2"), std::string::npos);
}

TEST(Isolation, JudgeEnvironmentDoesNotLeak) {
  ::setenv("JUDGE_TEST_SECRET", "hunter2", 1);  // ctest also puts it in the starting environment
  auto spec = shell("env; cat /proc/1/environ 2>/dev/null; cat /proc/1/cmdline 2>/dev/null");
  spec.env.push_back("GIVEN=yes");
  auto r = run_clean(spec);
  ASSERT_EQ(r.status, Status::OK) << r.message;
  EXPECT_EQ(r.stdout_data.find("hunter2"), std::string::npos) << r.stdout_data;
  EXPECT_EQ(r.stdout_data.find("JUDGE_TEST_SECRET"), std::string::npos);
  EXPECT_EQ(r.stdout_data.find("sandbox_tests"), std::string::npos)
      << "the judge's command line is visible";
  EXPECT_NE(r.stdout_data.find("GIVEN=yes"), std::string::npos);
  EXPECT_NE(r.stdout_data.find("PATH=/usr/bin:/bin"), std::string::npos);
}

TEST(Isolation, BoxCannotSignalOrTraceItsInit) {
  // kill(-1) spares the caller, so the shell goes on to tell what it could do to init.
  auto r =
      run_clean(shell("kill -9 1; kill -9 -1; echo still-here; "
                      "cat /proc/1/maps >/dev/null 2>&1 || echo no-maps; "
                      "prlimit --pid 1 --nofile=1:1 2>/dev/null || echo no-prlimit"));
  ASSERT_EQ(r.status, Status::OK) << r.message;
  EXPECT_NE(r.stdout_data.find("still-here"), std::string::npos) << r.stdout_data;
  EXPECT_NE(r.stdout_data.find("no-maps"), std::string::npos) << r.stdout_data;
  EXPECT_NE(r.stdout_data.find("no-prlimit"), std::string::npos) << r.stdout_data;
}

}  // namespace
