// Taking files out of a box: only regular files, never through a link, within the limits.
#include "sandbox/collect.h"

#include <sys/stat.h>

#include <filesystem>

#include "base/file_io.h"
#include "base/glob.h"
#include "tests/support/box.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using sandbox::Status;
using test::run_clean;
using test::shell;

TEST(Glob, StarAndQuestionMark) {
  using base::glob_match;
  EXPECT_TRUE(glob_match("*.class", "Main.class"));
  EXPECT_TRUE(glob_match("*.class", "Main$Inner.class"));
  EXPECT_FALSE(glob_match("*.class", "Main.java"));
  EXPECT_TRUE(glob_match("main", "main"));
  EXPECT_FALSE(glob_match("main", "main2"));
  EXPECT_TRUE(glob_match("m?in", "main"));
  EXPECT_TRUE(glob_match("*", ""));
  EXPECT_TRUE(glob_match("a*b*c", "aXbYc"));
  EXPECT_FALSE(glob_match("a*b*c", "aXbY"));
}

class CollectDir : public ::testing::Test {
 protected:
  test::TempDir temp_{"judge-collect-test"};
  const fs::path& dir_ = temp_.path;
};

TEST_F(CollectDir, RegularFilesOnlyNeverLinks) {
  auto spec = shell(
      "echo binary > main; chmod 4755 main; echo x > Main.class; ln -s /etc/passwd evil.class; "
      "mkfifo pipe.class; mkdir dir.class; head -c 2000 /dev/zero > big.class; "
      "(sleep 100 &); echo done");
  spec.collect = sandbox::Collect{{"main", "*.class"}, dir_.string(), 1000, 100};
  auto r = run_clean(spec);
  ASSERT_EQ(r.status, Status::OK) << r.message << r.stderr_data;
  EXPECT_EQ(r.collected, 2u);
  EXPECT_EQ(r.collect_skipped, 4u) << "link, fifo, directory and the file over the size limit";
  EXPECT_EQ(base::read_file(dir_ / "main").value_or(""), "binary\n");
  EXPECT_EQ(base::read_file(dir_ / "Main.class").value_or(""), "x\n");
  for (const char* absent : {"evil.class", "pipe.class", "dir.class", "big.class"})
    EXPECT_FALSE(fs::exists(fs::symlink_status(dir_ / absent))) << absent;
  struct stat st {};
  ASSERT_EQ(::stat((dir_ / "main").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0755u) << "no setuid bit comes out";
  ASSERT_EQ(::stat(dir_.c_str(), &st), 0);
  EXPECT_EQ(st.st_uid, ::geteuid()) << "the directory is the caller's again";
}

// The program swaps its working directory for a link to init's /proc entry: init must still read
// the directory it opened before the program started, never the link's target.
TEST_F(CollectDir, WorkingDirectorySwappedForALinkIsNotFollowed) {
  test::TempDir shared("judge-collect-swap");
  fs::create_directory(shared.path / "work");
  ::chmod(shared.path.c_str(), 0777);
  ::chmod((shared.path / "work").c_str(), 0777);
  auto spec = shell(
      "echo kept > kept.txt; cd /; rm -rf /shared/work && ln -s /proc/1 /shared/work && echo "
      "swapped");
  spec.rootfs.binds = {{shared.path.string(), "/shared", true}};
  spec.cwd = "/shared/work";
  spec.collect = sandbox::Collect{{"*"}, dir_.string(), 1 << 20, 100};
  auto r = run_clean(spec);
  ASSERT_EQ(r.status, Status::OK) << r.message << r.stderr_data;
  ASSERT_NE(r.stdout_data.find("swapped"), std::string::npos) << r.stderr_data;
  for (const char* leaked : {"environ", "maps", "status", "cmdline"})
    EXPECT_FALSE(fs::exists(fs::symlink_status(dir_ / leaked))) << leaked << " of init came out";
  EXPECT_EQ(r.collected, 0u) << "the directory init opened was removed with its file";
}

TEST_F(CollectDir, AllFilesTogetherAreHeldToTheDiskLimit) {
  // Sparse: they take no room in the box, but each copy would write its full size on the host.
  auto spec = shell("truncate -s 24M a.bin && truncate -s 24M b.bin && truncate -s 24M c.bin");
  spec.limits.disk = 64ull << 20;
  spec.collect = sandbox::Collect{{"*.bin"}, dir_.string(), 32ull << 20, 100};
  auto r = run_clean(spec);
  ASSERT_EQ(r.status, Status::OK) << r.message << r.stderr_data;
  EXPECT_EQ(r.collected, 2u);
  EXPECT_EQ(r.collect_skipped, 1u);
  std::uintmax_t total = 0;
  for (const auto& entry : fs::directory_iterator(dir_)) total += entry.file_size();
  EXPECT_LE(total, 64ull << 20);
}

TEST_F(CollectDir, FileCountIsBounded) {
  auto spec = shell("for i in 1 2 3 4 5; do echo $i > f$i; done");
  spec.collect = sandbox::Collect{{"f*"}, dir_.string(), 1000, 3};
  auto r = run_clean(spec);
  ASSERT_EQ(r.status, Status::OK) << r.message;
  EXPECT_EQ(r.collected, 3u);
  EXPECT_EQ(r.collect_skipped, 2u);
}

}  // namespace
