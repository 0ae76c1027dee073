#include "base/units.h"

#include <gtest/gtest.h>

namespace {

using namespace std::chrono_literals;
using base::parse_duration;
using base::parse_size;
using base::UnitError;

TEST(Units, Durations) {
  EXPECT_EQ(base::parse_duration("500ms"), 500ms);
  EXPECT_EQ(base::parse_duration("2s"), 2s);
  EXPECT_EQ(base::parse_duration("1.5s"), 1500ms);
  EXPECT_EQ(base::parse_duration("250us"), 250us);
  EXPECT_EQ(base::parse_duration("2min"), 120s);
}

TEST(Units, Sizes) {
  EXPECT_EQ(base::parse_size("256MiB"), 256ull << 20);
  EXPECT_EQ(base::parse_size("64KiB"), 64ull << 10);
  EXPECT_EQ(base::parse_size("1GiB"), 1ull << 30);
  EXPECT_EQ(base::parse_size("1.5KiB"), 1536u);
  EXPECT_EQ(base::parse_size("100B"), 100u);
}

TEST(Units, RejectsWhatIsNotClear) {
  for (const char* bad : {"", "1", "ms", "1 s", "1sec", "-1s", "1e3ms", "1.2.3s"})
    EXPECT_THROW(base::parse_duration(bad), base::UnitError) << bad;
  for (const char* bad : {"", "256", "256MB", "256mib", "1 MiB", "MiB", "-5KiB", "99999999TiB"})
    EXPECT_THROW(base::parse_size(bad), base::UnitError) << bad;
}

TEST(Units, ErrorsSayWhatToWrite) {
  try {
    base::parse_size("256MB");
    FAIL();
  } catch (const base::UnitError& e) {
    EXPECT_NE(std::string(e.what()).find("MiB"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("256MB"), std::string::npos) << e.what();
  }
}

TEST(Units, FormatRoundTrips) {
  EXPECT_EQ(base::format_duration(1500ms), "1500ms");
  EXPECT_EQ(base::format_duration(2s), "2s");
  EXPECT_EQ(base::format_size(256ull << 20), "256MiB");
  EXPECT_EQ(base::format_size(1000), "1000B");
  EXPECT_EQ(base::parse_size(base::format_size(3ull << 30)), 3ull << 30);
}

}  // namespace

TEST(Units, CpuLists) {
  using V = std::vector<unsigned>;
  EXPECT_EQ(base::parse_cpu_list("0"), V({0}));
  EXPECT_EQ(base::parse_cpu_list("0-3,8"), V({0, 1, 2, 3, 8}));
  EXPECT_EQ(base::parse_cpu_list("0-7:2,1"), V({0, 1, 2, 4, 6}));
  for (const char* bad : {"", "a", "0,", ",1", "3-1", "0-", "0-7:0", "1.5", "-1", "99999"})
    EXPECT_THROW(base::parse_cpu_list(bad), base::UnitError) << bad;
}
