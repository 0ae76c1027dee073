#include "sandbox/mountinfo.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

namespace {

TEST(Mountinfo, ParsesFieldsAndEscapes) {
  char path[] = "/tmp/judge-mountinfo-XXXXXX";
  int fd = ::mkstemp(path);
  ASSERT_GE(fd, 0);
  ::close(fd);
  std::ofstream(path) << "36 35 98:0 /mnt1 /mnt/with\\040space rw,noatime master:1 - ext3 "
                         "/dev/root rw,errors=continue\n"
                         "32 31 0:29 / /sys/fs/cgroup/cpu,cpuacct rw,relatime shared:9 - cgroup "
                         "cgroup rw,cpu,cpuacct\n";
  auto mounts = sandbox::read_mountinfo(path);
  std::remove(path);
  ASSERT_EQ(mounts.size(), 2u);
  EXPECT_EQ(mounts[0].mount_point, "/mnt/with space");
  EXPECT_EQ(mounts[0].root, "/mnt1");
  EXPECT_EQ(mounts[0].fstype, "ext3");
  EXPECT_EQ(mounts[0].source, "/dev/root");
  EXPECT_EQ(mounts[1].fstype, "cgroup");
  EXPECT_TRUE(mounts[1].has_super_option("cpuacct"));
  EXPECT_TRUE(mounts[1].has_super_option("cpu"));
  EXPECT_FALSE(mounts[1].has_super_option("memory"));
  EXPECT_FALSE(mounts[1].has_super_option("cpuac"));
}

}  // namespace
