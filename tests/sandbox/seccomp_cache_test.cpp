// The compiled seccomp filter kept in the state directory (sandbox/seccomp_cache.h): used only
// when it is ours, regular, private and written for this binary and kernel; anything else is
// rebuilt and replaced, and a cache that cannot be written changes nothing but the cost.
#include "sandbox/seccomp_cache.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <iterator>

#include "sandbox/seccomp.h"
#include "tests/support/temp_dir.h"

namespace {

using sandbox::SeccompMode;
namespace seccomp = sandbox::seccomp;

bool same(const std::vector<sock_filter>& a, const std::vector<sock_filter>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof a[0]) == 0;
}

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

void spit(const std::filesystem::path& path, const std::string& data) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << data;
}

// The file's last instruction, changed so that a program read from the file is recognisable.
std::string with_marked_last_instruction(std::string data) {
  data[data.size() - sizeof(sock_filter)] ^= 0x7f;
  return data;
}

struct SeccompCache : ::testing::Test {
  test::TempDir dir{"judge-seccomp-cache"};
  std::filesystem::path errno_file = dir.path / "seccomp-errno.bpf";
  std::vector<sock_filter> built = seccomp::build_filter(SeccompMode::Errno);
};

TEST_F(SeccompCache, FirstUseStoresTheProgramAndTheNextReadsIt) {
  auto first = seccomp::cached_filter(SeccompMode::Errno, dir.path);
  EXPECT_TRUE(same(first, built));
  struct stat st {};
  ASSERT_EQ(::lstat(errno_file.c_str(), &st), 0);
  EXPECT_TRUE(S_ISREG(st.st_mode));
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  // Read from the file: a change made there comes back.
  spit(errno_file, with_marked_last_instruction(slurp(errno_file)));
  auto second = seccomp::cached_filter(SeccompMode::Errno, dir.path);
  ASSERT_EQ(second.size(), built.size());
  EXPECT_FALSE(same(second, built));
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path), {}), 1)
      << "only the one file, no temporary left";
}

TEST_F(SeccompCache, ModesAreKeptApart) {
  auto kill = seccomp::cached_filter(SeccompMode::Kill, dir.path);
  EXPECT_TRUE(same(kill, seccomp::build_filter(SeccompMode::Kill)));
  EXPECT_TRUE(same(seccomp::cached_filter(SeccompMode::Errno, dir.path), built));
  EXPECT_TRUE(std::filesystem::exists(dir.path / "seccomp-kill.bpf"));
  EXPECT_TRUE(seccomp::cached_filter(SeccompMode::Off, dir.path).empty());
  EXPECT_FALSE(same(kill, built));
}

TEST_F(SeccompCache, AnotherKeyIsRebuiltAndReplaced) {
  seccomp::cached_filter(SeccompMode::Errno, dir.path);
  std::string data = slurp(errno_file);
  // The key names the binary and the kernel; change one byte of it (after the length).
  data[4 + 6] ^= 0x01;
  spit(errno_file, with_marked_last_instruction(data));
  EXPECT_TRUE(same(seccomp::cached_filter(SeccompMode::Errno, dir.path), built));
  EXPECT_NE(slurp(errno_file), with_marked_last_instruction(data)) << "replaced";
}

TEST_F(SeccompCache, TruncatedOrOversizedFilesAreRebuilt) {
  seccomp::cached_filter(SeccompMode::Errno, dir.path);
  std::string good = slurp(errno_file);
  for (const std::string& bad : {good.substr(0, good.size() - 3), good + std::string(8, '\0'),
                                 good.substr(0, 2), std::string()}) {
    spit(errno_file, bad);
    EXPECT_TRUE(same(seccomp::cached_filter(SeccompMode::Errno, dir.path), built)) << bad.size();
    EXPECT_EQ(slurp(errno_file), good);
  }
}

TEST_F(SeccompCache, AFileOthersCanWriteIsNotTrusted) {
  seccomp::cached_filter(SeccompMode::Errno, dir.path);
  std::string marked = with_marked_last_instruction(slurp(errno_file));
  spit(errno_file, marked);
  ASSERT_EQ(::chmod(errno_file.c_str(), 0622), 0);
  EXPECT_TRUE(same(seccomp::cached_filter(SeccompMode::Errno, dir.path), built));
  struct stat st {};
  ASSERT_EQ(::stat(errno_file.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u) << "replaced by a private file";
}

TEST_F(SeccompCache, ALinkIsNotFollowedAndItsTargetIsLeftAlone) {
  test::TempDir elsewhere{"judge-seccomp-target"};
  auto target = elsewhere.path / "program";
  seccomp::cached_filter(SeccompMode::Errno, dir.path);
  std::string marked = with_marked_last_instruction(slurp(errno_file));
  spit(target, marked);
  std::filesystem::remove(errno_file);
  std::filesystem::create_symlink(target, errno_file);
  EXPECT_TRUE(same(seccomp::cached_filter(SeccompMode::Errno, dir.path), built));
  EXPECT_FALSE(std::filesystem::is_symlink(errno_file));
  EXPECT_EQ(slurp(target), marked);
}

TEST_F(SeccompCache, AFifoDoesNotHangTheJudgeAndIsReplaced) {
  ASSERT_EQ(::mkfifo(errno_file.c_str(), 0600), 0);
  EXPECT_TRUE(same(seccomp::cached_filter(SeccompMode::Errno, dir.path), built));
  EXPECT_TRUE(std::filesystem::is_regular_file(errno_file));
}

TEST_F(SeccompCache, AnUnwritableDirectoryCostsOnlyTheCompile) {
  EXPECT_TRUE(same(seccomp::cached_filter(SeccompMode::Errno, dir.path / "missing"), built));
  EXPECT_FALSE(std::filesystem::exists(dir.path / "missing"));
}

TEST(SeccompCacheKey, NamesTheModeTheBinaryAndTheKernel) {
  std::string key = seccomp::filter_key(SeccompMode::Errno);
  EXPECT_EQ(key.rfind("judge seccomp 1 errno exe ", 0), 0u) << key;
  EXPECT_NE(key.find(" kernel "), std::string::npos) << key;
  EXPECT_NE(key, seccomp::filter_key(SeccompMode::Kill));
  EXPECT_EQ(key, seccomp::filter_key(SeccompMode::Errno));
}

}  // namespace
