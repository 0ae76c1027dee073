// CPU bandwidth: measured shares of a CPU, so these run alone (RUN_SERIAL), never beside other tests.
#include "tests/support/box.h"

namespace {

using sandbox::Status;
using test::program;
using test::run_clean;

TEST(CpuShare, CpuQuotaHalvesTheCpuPerWallSecond) {
  auto spec = program({"spin", "1", "1.5"});
  spec.limits.cpus = 0.5;
  auto r = run_clean(spec);
  ASSERT_EQ(r.status, Status::OK) << r.message;
  double share = static_cast<double>(r.cpu_us) / static_cast<double>(r.wall_us);
  EXPECT_GT(share, 0.35) << r.cpu_us << " us CPU in " << r.wall_us << " us";
  EXPECT_LT(share, 0.65) << r.cpu_us << " us CPU in " << r.wall_us << " us";
}

TEST(CpuShare, UnlimitedSpinGetsAWholeCpu) {
  auto r = run_clean(program({"spin", "1", "0.5"}));
  ASSERT_EQ(r.status, Status::OK) << r.message;
  EXPECT_GT(static_cast<double>(r.cpu_us) / static_cast<double>(r.wall_us), 0.8);
}

}  // namespace
