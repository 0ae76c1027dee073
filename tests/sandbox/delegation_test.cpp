// cgroup v2 delegation: a judge started inside the cgroup it is given as --cgroup-root moves itself
// to a leaf (the no-internal-process rule), enables the controllers, and runs boxes below.
#include <sys/stat.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <utility>

#include "base/file_io.h"
#include "sandbox/mountinfo.h"
#include "tests/support/box.h"

namespace {

namespace fs = std::filesystem;

std::string cgroup2_mount() {
  for (const auto& m : sandbox::read_mountinfo())
    if (m.fstype == "cgroup2") return m.mount_point;
  return "";
}

// Runs `command` with /bin/sh: its wait status and its standard output.
std::pair<int, std::string> shell_output(const std::string& command) {
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string out;
  char buf[4096];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, pipe)) out.append(buf, n);
  return {::pclose(pipe), out};
}

TEST(Delegation, JudgeInsideItsCgroupRootMovesToALeaf) {
  if (test::shared_sandbox().host().version != "v2") GTEST_SKIP() << "cgroup v2 only";
  std::string mount = cgroup2_mount();
  std::string name = "judge-delegation-test-" + std::to_string(::getpid());
  fs::path delegated = fs::path(mount) / name;
  ASSERT_TRUE(fs::create_directory(delegated));
  // The judge process starts inside the delegated cgroup, as in a systemd scope with Delegate=yes.
  std::string command =
      "echo $$ > " + (delegated / "cgroup.procs").string() + " && exec " + JUDGE_BINARY +
      " sandbox --format json --cgroup-root /" + name +
      " --memory-limit 64MiB --pids-limit 16 -- /bin/sh -c 'cat /proc/self/cgroup'";
  auto [status, out] = shell_output(command);
  EXPECT_EQ(WEXITSTATUS(status), 0) << out;
  EXPECT_NE(out.find("\"status\":\"OK\""), std::string::npos) << out;
  EXPECT_NE(out.find("0::/\n"), std::string::npos)
      << "the box sees its own cgroup as the root: " << out;
  // The judge moved itself to the leaf, so the controllers could be delegated below.
  EXPECT_TRUE(fs::exists(delegated / "supervisor"));
  std::string controllers = base::read_file(delegated / "cgroup.subtree_control").value_or("");
  for (const char* c : {"memory", "pids", "cpu"})
    EXPECT_NE(controllers.find(c), std::string::npos) << controllers;
  // Nothing of the box is left; then clean up our own test cgroups.
  std::vector<std::string> left;
  for (const auto& e : fs::directory_iterator(delegated))
    if (e.is_directory() && e.path().filename() != "supervisor") left.push_back(e.path());
  EXPECT_TRUE(left.empty()) << left.front();
  for (int i = 0; i < 100 && ::rmdir((delegated / "supervisor").c_str()) != 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_EQ(::rmdir(delegated.c_str()), 0);
}

// systemd marks a scope with Delegate=yes by trusted.delegate. A judge started in it steps aside
// into <scope>/supervisor; one started after it (or a child of it) is born in that leaf, which
// bears no mark: it must still find the scope, not fall back to the hierarchy's root.
TEST(Delegation, JudgeStartedInTheSupervisorLeafFindsTheDelegatedScope) {
  if (test::shared_sandbox().host().version != "v2") GTEST_SKIP() << "cgroup v2 only";
  std::string mount = cgroup2_mount();
  std::string name = "judge-scope-test-" + std::to_string(::getpid());
  fs::path scope = fs::path(mount) / name;
  ASSERT_TRUE(fs::create_directory(scope));
  if (::setxattr(scope.c_str(), "trusted.delegate", "1", 1, 0) != 0) {
    ::rmdir(scope.c_str());
    GTEST_SKIP() << "this kernel has no trusted xattrs on cgroupfs";
  }
  ASSERT_TRUE(fs::create_directory(scope / "supervisor"));
  std::string command = "echo $$ > " + (scope / "supervisor" / "cgroup.procs").string() +
                        " && exec " + JUDGE_BINARY + " doctor";
  auto [status, out] = shell_output(command);
  (void)status;  // doctor's verdict on the VM's other checks is not this test's business
  EXPECT_NE(out.find("v2 at " + (scope / "judge").string()), std::string::npos) << out;
  for (const char* dir : {"judge", "supervisor", ""})
    for (int i = 0; i < 100 && ::rmdir((scope / dir).c_str()) != 0 && errno != ENOENT; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_FALSE(fs::exists(scope));
}

}  // namespace
