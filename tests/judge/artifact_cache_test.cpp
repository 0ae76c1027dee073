// The compile cache: a quota, least recently used entries out first, recent ones never.
#include "judge/artifact_cache.h"

#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/stat.h>

#include <ctime>
#include <fstream>

#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

void set_last_use(const fs::path& dir, std::time_t when) {
  struct timespec times[2] = {{when, 0}, {when, 0}};
  ASSERT_EQ(::utimensat(AT_FDCWD, dir.c_str(), times, 0), 0);
}

TEST(ArtifactCache, StoringPastTheQuotaEvictsTheLeastRecentlyUsed) {
  test::TempDir temp("judge-cache-test");
  fs::path from = temp.path / "from";
  fs::create_directories(from);
  std::ofstream(from / "main", std::ios::binary) << std::string(400 << 10, 'x');
  judge::ArtifactCache cache(temp.path / "cache", 1 << 20);  // room for two entries of 400 KiB
  auto a = cache.store("a", from, {"main"}, 1 << 20);
  auto b = cache.store("b", from, {"main"}, 1 << 20);
  auto now = std::time(nullptr);
  set_last_use(a, now - 3 * 3600);
  set_last_use(b, now - 2 * 3600);
  ASSERT_TRUE(cache.find("a"));  // a is used again: now b is the least recently used
  set_last_use(a, now - 2 * 3600 + 60);
  cache.store("c", from, {"main"}, 1 << 20);
  EXPECT_TRUE(cache.find("a"));
  EXPECT_FALSE(cache.find("b")) << "the least recently used entry goes";
  EXPECT_TRUE(cache.find("c")) << "what was just stored stays";
}

TEST(ArtifactCache, EntriesUsedWithinTheHourStayEvenPastTheQuota) {
  test::TempDir temp("judge-cache-test");
  fs::path from = temp.path / "from";
  fs::create_directories(from);
  std::ofstream(from / "main", std::ios::binary) << std::string(400 << 10, 'x');
  judge::ArtifactCache cache(temp.path / "cache", 1 << 20);
  for (const char* key : {"a", "b", "c"}) cache.store(key, from, {"main"}, 1 << 20);
  for (const char* key : {"a", "b", "c"}) EXPECT_TRUE(cache.find(key)) << key << ": a running judge may use it";
}

}  // namespace
