// Network namespaces made ahead (sandbox/netns_pool.h, issue 17): every box gets one no other box
// had, `lo` up, the TCP buffers capped; the judge's threads stay in the host's namespace; nothing
// of the pool is left once its Sandbox is gone.
#include <linux/nsfs.h>
#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <filesystem>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "base/file_io.h"
#include "sandbox/netns_pool.h"
#include "tests/support/box.h"

namespace {

// What the Sandbox passes: its spawn mutex, held while a box's fds are in flight.
std::mutex fd_table_mutex;

using sandbox::Status;
using test::shell;

std::string thread_netns() {
  std::error_code ec;
  return std::filesystem::read_symlink("/proc/thread-self/ns/net", ec).string();
}

ino_t inode_of(int fd) {
  struct stat st {};
  EXPECT_EQ(::fstat(fd, &st), 0);
  return st.st_ino;
}

ino_t host_netns_inode() {
  struct stat st {};
  EXPECT_EQ(::stat("/proc/thread-self/ns/net", &st), 0);
  return st.st_ino;
}

std::size_t thread_count() {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& task : std::filesystem::directory_iterator("/proc/self/task"))
    ++n;
  return n;
}

sandbox::SandboxOptions ahead(unsigned n) {
  sandbox::SandboxOptions o;
  o.netns_ahead = n;
  return o;
}

// What a thread sees inside the namespace `fd`: lo's flags and the TCP receive buffer sysctl.
std::pair<bool, std::string> look_inside(int fd) {
  std::pair<bool, std::string> seen{false, ""};
  // A thread of its own: it stays in that namespace and ends there.
  std::thread([&] {
    if (::setns(fd, CLONE_NEWNET) != 0) return;
    int sock = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    struct ifreq ifr {};
    std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
    seen.first = ::ioctl(sock, SIOCGIFFLAGS, &ifr) == 0 && (ifr.ifr_flags & IFF_UP);
    ::close(sock);
    seen.second = base::read_file("/proc/sys/net/ipv4/tcp_rmem").value_or("?");
  }).join();
  return seen;
}

TEST(NetnsPool, GivesFreshNamespacesWithLoopbackUpAndCappedBuffers) {
  sandbox::NetnsPool pool(2, fd_table_mutex);
  std::set<ino_t> seen{host_netns_inode()};
  // Every one kept open to the end: the inode of a namespace that was freed is given to the next
  // one made, so only live namespaces' inodes tell them apart.
  std::vector<base::UniqueFd> kept;
  // Three from a pool of two: the third is one made after the first two were taken.
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(pool.wait_until_ready()) << pool.failure();
    base::UniqueFd& fd = kept.emplace_back(pool.take());
    ASSERT_TRUE(fd) << pool.failure();
    EXPECT_TRUE(seen.insert(inode_of(fd.get())).second) << "namespace " << i << " seen before";
    auto [lo_up, rmem] = look_inside(fd.get());
    EXPECT_TRUE(lo_up) << i;
    EXPECT_EQ(rmem, "4096\t65536\t262144\n") << i;
  }
  EXPECT_EQ(pool.failure(), "");
}

// Made by the judge's thread, not in the box's user namespace: the box's init has no capability
// over it (it could neither reconfigure `lo` nor write a net sysctl).
TEST(NetnsPool, NamespacesBelongToTheJudgesUserNamespace) {
  sandbox::NetnsPool pool(1, fd_table_mutex);
  ASSERT_TRUE(pool.wait_until_ready()) << pool.failure();
  base::UniqueFd fd = pool.take();
  ASSERT_TRUE(fd);
  base::UniqueFd owner(::ioctl(fd.get(), NS_GET_USERNS));
  ASSERT_TRUE(owner) << std::strerror(errno);
  struct stat own {};
  ASSERT_EQ(::stat("/proc/self/ns/user", &own), 0);
  EXPECT_EQ(inode_of(owner.get()), own.st_ino);
}

TEST(NetnsPool, NoneAheadGivesNothing) {
  sandbox::NetnsPool pool(0, fd_table_mutex);
  EXPECT_FALSE(pool.take());
}

TEST(NetnsPool, LeavesNoFdNorThreadBehind) {
  test::HostState before = test::HostState::capture();
  std::size_t threads = thread_count();
  {
    sandbox::NetnsPool pool(3, fd_table_mutex);
    ASSERT_TRUE(pool.wait_until_ready()) << pool.failure();
    EXPECT_TRUE(pool.take());
  }
  EXPECT_EQ(test::leftovers(before, test::HostState::capture()), "");
  EXPECT_EQ(thread_count(), threads);
}

// The cookie of the calling thread's network namespace, as tests/programs/netns_cookie.c prints
// it. Not the inode of /proc/self/ns/net: a freed namespace's inode goes to the next one made, so
// boxes one after the other can show the same (seen in the VM leg); a cookie is never reused.
std::string thread_cookie() {
  unsigned long long cookie = 0;
  socklen_t size = sizeof cookie;
  int s = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  EXPECT_GE(s, 0);
  EXPECT_EQ(::getsockopt(s, SOL_SOCKET, 71 /* SO_NETNS_COOKIE */, &cookie, &size), 0);
  ::close(s);
  return "cookie:" + std::to_string(cookie) + "\n";
}

// The cookie of a box's network namespace, from inside the box.
std::string box_cookie(sandbox::Sandbox& sb) {
  auto r = sb.run(test::program({"netns_cookie"}));
  EXPECT_EQ(r.status, Status::OK) << r.message << r.stderr_data;
  EXPECT_EQ(r.stdout_data.rfind("cookie:", 0), 0u) << r.stdout_data;
  return r.stdout_data;
}

// Each run's namespace from inside the box, with `n` namespaces made ahead.
void expect_distinct_namespaces(unsigned n) {
  sandbox::Sandbox sb(ahead(n));
  std::set<std::string> seen{thread_cookie()};
  for (int i = 0; i < 3; ++i) {
    std::string cookie = box_cookie(sb);
    EXPECT_TRUE(seen.insert(cookie).second) << "run " << i << " of " << n << " ahead: " << cookie;
  }
}

TEST(NetnsSandbox, EveryRunHasANamespaceOfItsOwnNeverTheHosts) {
  expect_distinct_namespaces(1);
  expect_distinct_namespaces(0);  // made in clone3, as without a pool
}

TEST(NetnsSandbox, ConcurrentRunsHaveNamespacesOfTheirOwn) {
  sandbox::Sandbox sb(ahead(1));
  std::vector<std::string> seen[2];
  std::vector<std::thread> threads;
  for (auto& mine : seen)
    threads.emplace_back([&sb, &mine] {
      for (int i = 0; i < 3; ++i) mine.push_back(box_cookie(sb));
    });
  for (auto& t : threads) t.join();
  std::set<std::string> all{thread_cookie()};
  for (auto& mine : seen)
    for (const std::string& ns : mine) EXPECT_TRUE(all.insert(ns).second) << ns;
  EXPECT_EQ(all.size(), 7u);
}

// lo's state as the program sees it (SIOCGIFFLAGS on a unix socket), and the TCP buffer cap.
constexpr const char* kLoopbackState =
    "python3 -c 'import socket, fcntl, struct\n"
    "s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)\n"
    "r = fcntl.ioctl(s.fileno(), 0x8913, struct.pack(\"16sh22x\", b\"lo\", 0))\n"
    "print(\"up\" if struct.unpack(\"16sh22x\", r)[1] & 1 else \"down\")'; "
    "cat /proc/sys/net/ipv4/tcp_rmem";

TEST(NetnsSandbox, LoopbackUpOrDownAsAskedBuffersCappedEither) {
  sandbox::Sandbox sb(ahead(1));
  for (bool loopback : {true, false, true}) {
    auto spec = shell(kLoopbackState);
    spec.loopback = loopback;
    auto r = sb.run(spec);
    ASSERT_EQ(r.status, Status::OK) << r.message << r.stderr_data;
    EXPECT_EQ(r.stdout_data, std::string(loopback ? "up" : "down") + "\n4096\t65536\t262144\n");
  }
}

// lo's received packets and the namespace's UDP datagrams sent, from /proc/net of the box.
constexpr const char* kCounters =
    "import re\n"
    "dev = open(\"/proc/net/dev\").read()\n"
    "lo = re.search(r\"lo:\\s*\\d+\\s+(\\d+)\", dev).group(1)\n"
    "udp = [l.split() for l in open(\"/proc/net/snmp\") if l.startswith(\"Udp:\")]\n"
    "print(lo, udp[1][udp[0].index(\"OutDatagrams\")])\n";

TEST(NetnsSandbox, WhatOneRunLeavesInItsNamespaceTheNextDoesNotSee) {
  sandbox::Sandbox sb(ahead(1));
  auto sender =
      shell(std::string("python3 -c 'import socket\n"
                        "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                        "for i in range(5): s.sendto(b\"left behind\", (\"127.0.0.1\", 9))\n") +
            kCounters + "'");
  sender.seccomp = sandbox::SeccompMode::Off;  // inet sockets are refused by the default filter
  auto first = sb.run(sender);
  ASSERT_EQ(first.status, Status::OK) << first.message << first.stderr_data;
  EXPECT_EQ(first.stdout_data.substr(first.stdout_data.find(' ')), " 5\n") << first.stdout_data;
  EXPECT_NE(first.stdout_data.substr(0, 2), "0 ") << first.stdout_data;
  auto second = sb.run(shell(std::string("python3 -c '") + kCounters + "'"));
  ASSERT_EQ(second.status, Status::OK) << second.message << second.stderr_data;
  EXPECT_EQ(second.stdout_data, "0 0\n");
}

TEST(NetnsSandbox, TheJudgesThreadIsBackInItsNamespaceAfterEveryRun) {
  sandbox::Sandbox sb(ahead(1));
  const std::string home = thread_netns();
  ASSERT_EQ(home.rfind("net:[", 0), 0u) << home;
  EXPECT_EQ(sb.run(shell("true")).status, Status::OK);
  EXPECT_EQ(thread_netns(), home) << "after a run";
  auto missing = shell("true");  // the box's init fails opening it, after the clone
  missing.rootfs.binds.push_back({"/nonexistent-netns-test", "/x", false});
  auto r = sb.run(missing);
  EXPECT_EQ(r.status, Status::IE) << r.message;
  EXPECT_EQ(thread_netns(), home) << "after a box that failed to set up";
  EXPECT_EQ(sb.run(sandbox::RunSpec{}).status, Status::IE);  // no command: fails before the clone
  EXPECT_EQ(thread_netns(), home) << "after a run that failed early";
}

TEST(NetnsSandbox, OtherThreadsOfTheJudgeNeverLeaveTheirNamespace) {
  const std::string home = thread_netns();
  std::atomic<bool> done{false};
  std::atomic<int> looks{0}, elsewhere{0};
  std::thread watcher([&] {
    // Looks as often as it can while the boxes start, and at least once after.
    while (!done.load()) {
      if (thread_netns() != home) ++elsewhere;
      ++looks;
      ::sched_yield();
    }
    if (thread_netns() != home) ++elsewhere;
  });
  {
    sandbox::Sandbox sb(ahead(1));
    for (int i = 0; i < 5; ++i) EXPECT_EQ(sb.run(shell("true")).status, Status::OK);
  }
  done = true;
  watcher.join();
  EXPECT_GT(looks.load(), 0);
  EXPECT_EQ(elsewhere.load(), 0);
}

TEST(NetnsSandbox, NothingOfThePoolOutlivesTheSandbox) {
  test::HostState before = test::HostState::capture();
  std::size_t threads = thread_count();
  {
    sandbox::Sandbox sb(ahead(3));
    EXPECT_EQ(sb.run(shell("true")).status, Status::OK);
  }
  EXPECT_EQ(test::leftovers(before, test::HostState::capture()), "");
  EXPECT_EQ(thread_count(), threads);
}

}  // namespace
