// The compile cache: a quota that holds, counting entries in use; least recently used entries out
// first, never one a grading holds; an entry that cannot fit is not stored, and the caller knows.
#include "judge/artifact_cache.h"

#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>

#include <atomic>
#include <ctime>
#include <fstream>
#include <thread>

#include "judge/artifact_layer.h"
#include "tests/support/disk_usage.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

constexpr std::uint64_t kQuota = 1 << 20;  // room for two entries of 400 KiB

void set_last_use(const fs::path& dir, std::time_t when) {
  struct timespec times[2] = {{when, 0}, {when, 0}};
  ASSERT_EQ(::utimensat(AT_FDCWD, dir.c_str(), times, 0), 0);
}

class ArtifactCache : public ::testing::Test {
 protected:
  // A layer as the compile step makes it: a compiled "main" of `bytes`, in a directory of its own.
  fs::path layer(std::size_t bytes = 400 << 10) {
    std::string n = std::to_string(layers_++);
    fs::path from = temp_.path / ("from" + n), to = temp_.path / ("layer" + n);
    fs::create_directories(from);
    std::ofstream(from / "main", std::ios::binary) << std::string(bytes, 'x');
    judge::make_layer(from, {"main"}, 64 << 20, to);
    return to;
  }
  std::uint64_t usage() { return test::disk_usage(root_); }

  test::TempDir temp_{"judge-cache-test"};
  fs::path root_ = temp_.path / "cache";
  judge::ArtifactCache cache_{root_, kQuota};
  unsigned layers_ = 0;
};

TEST_F(ArtifactCache, StoringPastTheQuotaEvictsTheLeastRecentlyUsed) {
  cache_.store("a", layer());
  cache_.store("b", layer());
  auto now = std::time(nullptr);
  set_last_use(root_ / "a", now - 3 * 3600);
  set_last_use(root_ / "b", now - 2 * 3600);
  ASSERT_TRUE(cache_.find("a"));  // a is used again: now b is the least recently used
  ASSERT_TRUE(cache_.store("c", layer()));
  EXPECT_TRUE(cache_.find("a"));
  EXPECT_FALSE(cache_.find("b")) << "the least recently used entry goes";
  EXPECT_TRUE(cache_.find("c")) << "what was just stored stays";
}

TEST_F(ArtifactCache, SeveralStoresNeverExceedTheQuota) {
  for (const char* key : {"a", "b", "c", "d", "e", "f"}) {
    auto lease = cache_.store(key, layer());
    EXPECT_TRUE(lease) << key << ": room can be made";
    EXPECT_LE(usage(), kQuota) << "after storing " << key;
  }
}

TEST_F(ArtifactCache, AnEntryInUseIsNeverEvicted) {
  auto held = cache_.store("a", layer());
  ASSERT_TRUE(held);
  set_last_use(root_ / "a", std::time(nullptr) - 3600);  // the least recently used, but held
  for (const char* key : {"b", "c", "d"}) {
    EXPECT_TRUE(cache_.store(key, layer())) << key;
    EXPECT_LE(usage(), kQuota) << "after storing " << key;
  }
  EXPECT_TRUE(fs::exists(held->layer() / "sol/main"));
  EXPECT_TRUE(cache_.find("a"));
  EXPECT_FALSE(cache_.find("b")) << "with a held, b went instead";
}

TEST_F(ArtifactCache, WithEveryEntryInUseANewOneIsNotStoredAndTheCallerIsTold) {
  auto a = cache_.store("a", layer());
  auto b = cache_.store("b", layer());
  ASSERT_TRUE(a && b);
  fs::path c = layer();
  EXPECT_FALSE(cache_.store("c", c)) << "no room: graded without the cache";
  EXPECT_TRUE(fs::exists(c / "sol/main")) << "the layer stays where it was, for the grading to use";
  EXPECT_FALSE(cache_.find("c"));
  EXPECT_TRUE(fs::exists(a->layer() / "sol/main") && fs::exists(b->layer() / "sol/main"));
  EXPECT_LE(usage(), kQuota);
}

TEST_F(ArtifactCache, AnEntryLargerThanTheQuotaEvictsNothing) {
  ASSERT_TRUE(cache_.store("a", layer()));
  fs::path big = layer(2 << 20);
  EXPECT_FALSE(cache_.store("big", big));
  EXPECT_TRUE(fs::exists(big / "sol/main"));
  EXPECT_TRUE(cache_.find("a")) << "evicting it would not have made room";
}

TEST_F(ArtifactCache, ALoweredQuotaIsMetAtTheNextStore) {
  judge::ArtifactCache large(root_, 8 << 20);
  for (const char* key : {"a", "b", "c", "d"}) ASSERT_TRUE(large.store(key, layer()));
  ASSERT_GT(usage(), kQuota);
  EXPECT_FALSE(cache_.store("big", layer(2 << 20)));
  EXPECT_LE(usage(), kQuota);
}

TEST_F(ArtifactCache, AnEntryBeingEvictedIsNotFound) {
  ASSERT_TRUE(cache_.store("a", layer()));
  int fd = ::open((root_ / "a").c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);  // as an evictor holds it while it takes it away
  EXPECT_FALSE(cache_.find("a"));
  ::close(fd);
  EXPECT_TRUE(cache_.find("a"));
}

TEST_F(ArtifactCache, StoringWhatIsAlreadyCachedKeepsTheCachedEntry) {
  auto first = cache_.store("a", layer());
  fs::path again = layer();
  auto second = cache_.store("a", again);
  ASSERT_TRUE(first && second);
  EXPECT_EQ(second->layer(), first->layer());
  EXPECT_TRUE(fs::exists(again / "sol/main")) << "left for the caller's work directory to remove";
}

// Judges sharing one cache (an ArtifactCache each: the locks are per open file, as between
// processes): the quota holds, and what one holds is there until it lets go.
TEST_F(ArtifactCache, ConcurrentJudgesKeepTheQuotaAndTheEntriesTheyHold) {
  std::vector<fs::path> layers;
  for (int i = 0; i < 4 * 8; ++i) layers.push_back(layer(200 << 10));
  std::atomic<int> lost{0}, stored{0};
  std::vector<std::thread> judges;
  for (int j = 0; j < 4; ++j)
    judges.emplace_back([&, j] {
      judge::ArtifactCache cache(root_, kQuota);
      for (int i = 0; i < 8; ++i) {
        std::string key = "k" + std::to_string((j * 8 + i) % 12);  // some keys stored twice
        auto lease = cache.find(key);
        if (!lease) lease = cache.store(key, layers[static_cast<std::size_t>(j * 8 + i)]);
        if (!lease) continue;
        ++stored;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        if (!fs::exists(lease->layer() / "sol/main")) ++lost;
      }
    });
  for (auto& t : judges) t.join();
  EXPECT_EQ(lost, 0);
  EXPECT_GT(stored, 0);
  EXPECT_LE(usage(), kQuota);
}

TEST_F(ArtifactCache, StoresALayerFromAnotherFilesystemAsACopy) {
  struct stat tmp {
  }, shm{};
  if (::stat("/dev/shm", &shm) != 0 || ::stat(temp_.path.c_str(), &tmp) != 0 ||
      shm.st_dev == tmp.st_dev)
    GTEST_SKIP() << "no second filesystem at /dev/shm";
  fs::path other = fs::path("/dev/shm") / temp_.path.filename();
  fs::create_directories(other / "in");
  std::ofstream(other / "in/main") << "program";
  judge::make_layer(other / "in", {"main"}, 1 << 20, other / "layer");
  auto lease = cache_.store("a", other / "layer");
  std::string text;
  if (lease) std::ifstream(lease->layer() / "sol/main") >> text;
  fs::remove_all(other);
  ASSERT_TRUE(lease);
  EXPECT_EQ(text, "program");
}

TEST(ArtifactLayer, TakesTheCollectedFileAsItIsWithoutAnotherCopy) {
  test::TempDir temp("judge-layer-test");
  fs::create_directories(temp.path / "from");
  std::ofstream(temp.path / "from/main") << "program";
  ::chmod((temp.path / "from/main").c_str(), 04755);
  judge::make_layer(temp.path / "from", {"main"}, 1 << 20, temp.path / "layer");
  struct stat from {
  }, layer{};
  ASSERT_EQ(::stat((temp.path / "from/main").c_str(), &from), 0);
  ASSERT_EQ(::stat((temp.path / "layer/sol/main").c_str(), &layer), 0);
  EXPECT_EQ(layer.st_ino, from.st_ino) << "a link, not a copy";
  EXPECT_EQ(layer.st_mode & 07777, 0755u) << "no setuid bit";
  EXPECT_EQ(layer.st_uid, ::geteuid());
}

TEST(ArtifactLayer, AFileWithAnotherNameIsCopiedAndALinkRefused) {
  test::TempDir temp("judge-layer-test");
  fs::create_directories(temp.path / "from");
  std::ofstream(temp.path / "from/main") << "program";
  fs::create_hard_link(temp.path / "from/main", temp.path / "elsewhere");
  judge::make_layer(temp.path / "from", {"main"}, 1 << 20, temp.path / "layer");
  struct stat from {
  }, layer{};
  ASSERT_EQ(::stat((temp.path / "from/main").c_str(), &from), 0);
  ASSERT_EQ(::stat((temp.path / "layer/sol/main").c_str(), &layer), 0);
  EXPECT_NE(layer.st_ino, from.st_ino)
      << "a change through the other name must not reach the layer";

  fs::create_symlink("/etc/passwd", temp.path / "from/link");
  EXPECT_THROW(judge::make_layer(temp.path / "from", {"link"}, 1 << 20, temp.path / "layer2"),
               std::exception);
}

}  // namespace
