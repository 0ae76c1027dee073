// IO throttling: where a block device backs the written file, writes slow to the given rate.
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <filesystem>

#include "tests/support/box.h"

namespace {

namespace fs = std::filesystem;
using sandbox::Status;

TEST(Io, WriteThrottleSlowsDirectWrites) {
  // A host directory on a real block device, bound writable into the box.
  fs::path dir = fs::path("/var/tmp") / ("judge-io-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  ::chmod(dir.c_str(), 0777);
  struct stat st {};
  ASSERT_EQ(::stat(dir.c_str(), &st), 0);
  std::string device = std::to_string(major(st.st_dev)) + ":" + std::to_string(minor(st.st_dev));
  if (major(st.st_dev) == 0 || !fs::exists("/sys/dev/block/" + device)) {
    fs::remove_all(dir);
    GTEST_SKIP() << "/var/tmp is not on a block device here";
  }
  auto spec = test::shell("dd if=/dev/zero of=/out/f bs=1M count=8 oflag=direct 2>&1 | tail -1");
  spec.rootfs.binds = {{dir.string(), "/out", true}};
  spec.limits.io = {{device, std::nullopt, 4ull << 20}};
  spec.limits.wall_time = std::chrono::seconds(20);
  auto r = test::run_clean(spec);
  fs::remove_all(dir);
  ASSERT_EQ(r.status, Status::OK) << r.message << r.stdout_data;
  // 8 MiB at 4 MiB/s: about 2 s; unthrottled it is a few tens of milliseconds.
  EXPECT_GT(r.wall_us, 1'000'000u) << r.stdout_data;
  ASSERT_TRUE(r.io_write_bytes);
  EXPECT_GE(*r.io_write_bytes, 8ull << 20);
}

}  // namespace
