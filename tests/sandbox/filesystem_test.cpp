// The box's filesystem: a read-only base, a writable layer capped by the disk limit, nothing
// private.
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "tests/support/box.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using sandbox::Status;
using test::run_clean;
using test::shell;

using test::TempDir;

void write_text(const fs::path& p, const std::string& text) {
  std::ofstream(p) << text;
}

TEST(Filesystem, UsrIsReadOnlyAndHostUntouched) {
  auto r = run_clean(shell(
      "touch /usr/judge-probe 2>/dev/null && echo wrote-usr; echo x >> /etc/passwd 2>/dev/null && "
      "echo wrote-etc; "
      "echo y > /judge-probe 2>/dev/null && echo wrote-root; echo z > /box/ok && echo wrote-box"));
  ASSERT_EQ(r.status, Status::OK) << r.message;
  // /usr is the host's, read-only; / and /etc belong to the box's init, not to the program.
  EXPECT_EQ(r.stdout_data, "wrote-box\n");
  EXPECT_FALSE(fs::exists("/usr/judge-probe"));
  // The box's /etc/passwd is its own (generated in the skeleton): the host's has no box user.
  std::ifstream passwd("/etc/passwd");
  std::string content((std::istreambuf_iterator<char>(passwd)), {});
  EXPECT_EQ(content.find("box:x:1000"), std::string::npos);
}

TEST(Filesystem, TmpIsWritableAndCappedByDiskLimit) {
  auto spec = shell(
      "dd if=/dev/zero of=/tmp/small bs=64k count=8 2>/dev/null && echo small-ok; "
      "dd if=/dev/zero of=/tmp/big bs=64k count=64 2>/dev/null || echo big-failed; "
      "stat -c %s /tmp/big");
  spec.limits.disk = 1 << 20;
  auto r = run_clean(spec);
  ASSERT_EQ(r.status, Status::OK) << r.message;
  EXPECT_NE(r.stdout_data.find("small-ok"), std::string::npos) << r.stdout_data;
  EXPECT_NE(r.stdout_data.find("big-failed"), std::string::npos) << r.stdout_data;
  auto last = r.stdout_data.substr(r.stdout_data.rfind("big-failed\n") + 11);
  EXPECT_LE(std::stoull(last), 1u << 20);
  EXPECT_GT(r.disk_bytes, 512u << 10);
  EXPECT_LE(r.disk_bytes, 1u << 20);
}

TEST(Filesystem, NothingPrivateOfTheHostIsVisible) {
  auto r = run_clean(
      shell("for p in /root /home /work /var/tmp /var/cache /var/log /var/lib/dpkg /srv /opt "
            "/etc/shadow /etc/ssh /etc/mono/certstore /run /sys /usr/local/bin /mnt; do "
            "[ -e $p ] && echo visible:$p; done; ls /usr/local; echo done"));
  ASSERT_EQ(r.status, Status::OK) << r.message;
  EXPECT_EQ(r.stdout_data, "done\n");
}

// Of /var a box sees GHC's package database alone, and of /etc/mono Mono's DLL map alone, both
// read-only, when the host has them (where it does not, the box has neither: nothing is made up;
// scripts/setup installs GHC and Mono only with JUDGE_ALL_LANGUAGES=1). The write checks run only
// on what is there: a write to a path that does not exist fails for that reason alone.
TEST(Filesystem, ToolchainDataOutsideUsrIsReadOnlyAndAlone) {
  bool ghc = fs::is_directory("/var/lib/ghc"), mono = fs::is_regular_file("/etc/mono/config");
  auto r = run_clean(shell(
      "for d in /etc/mono /var /var/lib; do echo \"$d: $(ls -A $d 2>&1 | tr '\\n' ' ')\"; done; "
      "if [ -d /var/lib/ghc ]; then touch /var/lib/ghc/x 2>/dev/null || echo ghc-ro; fi; "
      "if [ -f /etc/mono/config ]; then echo x >> /etc/mono/config 2>/dev/null || echo mono-ro; "
      "cmp -s /etc/mono/config /dev/null || echo mono-has-contents; fi"));
  ASSERT_EQ(r.status, Status::OK) << r.message;
  std::string want = ghc ? "/var: lib \n/var/lib: ghc \n" : "/var: ls: cannot access '/var'";
  EXPECT_NE(r.stdout_data.find(want), std::string::npos) << r.stdout_data;
  EXPECT_NE(r.stdout_data.find(mono ? "/etc/mono: config \n" : "/etc/mono: ls: cannot access"),
            std::string::npos)
      << r.stdout_data;
  EXPECT_EQ(r.stdout_data.find("ghc-ro") != std::string::npos, ghc) << r.stdout_data;
  EXPECT_EQ(r.stdout_data.find("mono-has-contents") != std::string::npos, mono) << r.stdout_data;
  EXPECT_EQ(r.stdout_data.find("mono-ro") != std::string::npos, mono) << r.stdout_data;
}

TEST(Filesystem, MinimalDev) {
  auto r = run_clean(shell(
      "ls /dev | tr '\\n' ' '; echo; head -c 4 /dev/zero | od -An -tx1; echo hi > /dev/null && "
      "echo null-ok; "
      "echo x > /dev/full 2>/dev/null || echo full-ok; touch /dev/new 2>/dev/null || echo dev-ro; "
      "echo s > /dev/shm/s && echo shm-ok"));
  ASSERT_EQ(r.status, Status::OK) << r.message;
  EXPECT_NE(r.stdout_data.find("fd full null random shm stderr stdin stdout urandom zero \n"),
            std::string::npos)
      << r.stdout_data;
  for (const char* want : {"00 00 00 00", "null-ok", "full-ok", "dev-ro", "shm-ok"})
    EXPECT_NE(r.stdout_data.find(want), std::string::npos) << want << " in " << r.stdout_data;
}

TEST(Filesystem, BindsAreReadOnlyUnlessAsked) {
  TempDir ro, rw;
  write_text(ro.path / "data.txt", "from-host\n");
  ::chown(rw.path.c_str(), 0, 0);
  ::chmod(rw.path.c_str(), 0777);
  auto spec = shell(
      "cat /in/data.txt; echo x > /in/new 2>/dev/null || echo ro-refused; echo out > /out/result "
      "&& echo rw-ok");
  spec.rootfs.binds = {{ro.path.string(), "/in", false}, {rw.path.string(), "/out", true}};
  auto r = run_clean(spec);
  ASSERT_EQ(r.status, Status::OK) << r.message;
  EXPECT_EQ(r.stdout_data, "from-host\nro-refused\nrw-ok\n");
  EXPECT_FALSE(fs::exists(ro.path / "new"));
  EXPECT_TRUE(fs::exists(rw.path / "result"));
}

TEST(Filesystem, LayersStackOverTheBaseAndStayReadOnly) {
  TempDir upper, lower;
  fs::create_directories(upper.path / "data");
  fs::create_directories(lower.path / "data");
  write_text(upper.path / "data/a.txt", "upper\n");
  write_text(lower.path / "data/a.txt", "lower\n");
  write_text(lower.path / "data/b.txt", "only-lower\n");
  ::chmod((upper.path / "data/a.txt").c_str(), 0666);
  // Layer files belong to a host user the box has no uid for: the box reads them and cannot change
  // them, even a world-writable one. Its own directories stay writable.
  auto spec = shell(
      "cat /data/a.txt /data/b.txt; echo changed > /data/a.txt 2>/dev/null || echo a-refused; "
      "rm -f /data/b.txt 2>/dev/null || echo rm-refused; cat /data/a.txt; "
      "echo new > /box/c.txt && echo new > /tmp/d.txt && cat /box/c.txt");
  spec.rootfs.layers = {upper.path.string(), lower.path.string()};
  auto r = run_clean(spec);
  ASSERT_EQ(r.status, Status::OK) << r.message << r.stderr_data;
  EXPECT_EQ(r.stdout_data, "upper\nonly-lower\na-refused\nrm-refused\nupper\nnew\n");
  std::ifstream a(upper.path / "data/a.txt");
  std::string content((std::istreambuf_iterator<char>(a)), {});
  EXPECT_EQ(content, "upper\n") << "a write in the box reached the layer on the host";
  EXPECT_TRUE(fs::exists(lower.path / "data/b.txt"));
}

TEST(Filesystem, ImageBaseWithSkeletonOnTop) {
  // A tiny image: the host's /usr bound in, nothing else; the skeleton supplies /box, /tmp, /etc.
  TempDir image;
  fs::create_directories(image.path / "usr");
  fs::create_directories(image.path / "opt/tool");
  write_text(image.path / "opt/tool/version", "image-1\n");
  for (const char* link : {"bin", "lib", "lib64"})
    fs::create_symlink(std::string("usr/") + link, image.path / link);
  auto spec =
      shell("cat /opt/tool/version; echo hi > /tmp/x && cat /tmp/x; grep -c box /etc/passwd");
  spec.rootfs.base_dir = image.path.string();
  spec.rootfs.binds = {{"/usr", "/usr", false}};
  auto r = run_clean(spec);
  ASSERT_EQ(r.status, Status::OK) << r.message << r.stderr_data;
  EXPECT_EQ(r.stdout_data, "image-1\nhi\n1\n");
}

TEST(Filesystem, BadBindSourceIsAnInternalErrorWithNothingLeft) {
  auto spec = shell("true");
  spec.rootfs.binds = {{"/nonexistent/judge", "/x", false}};
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::IE);
  EXPECT_NE(r.message.find("/nonexistent/judge"), std::string::npos) << r.message;
}

TEST(Filesystem, BadWorkingDirectoryFailsInSetup) {
  auto spec = shell("true");
  spec.cwd = "/no/such/dir";
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::IE);
  EXPECT_NE(r.message.find("chdir"), std::string::npos) << r.message;
}

}  // namespace
