// Files a box shares read-only with the host and with other boxes (/usr, a test's input): what the
// box does to them must not be measurable from outside. Dropping their page cache would slow other
// boxes down (their start-up counts as their CPU time); a lock on them is a channel between boxes.
#include <fcntl.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/box.h"

namespace {

namespace fs = std::filesystem;
using sandbox::Status;

// Pages of `path` in the host's page cache, without touching them.
std::size_t resident_pages(const fs::path& path, std::size_t size) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return 0;
  std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  std::vector<unsigned char> vec((size + page - 1) / page);
  std::size_t resident = 0;
  if (::mincore(map, size, vec.data()) == 0)
    for (unsigned char v : vec) resident += v & 1;
  ::munmap(map, size);
  return resident;
}

// Reads `fd` up to "holding\n" (or EOF).
std::string read_until_holding(int fd) {
  std::string seen;
  char c;
  while (seen.find("holding\n") == std::string::npos && ::read(fd, &c, 1) == 1) seen += c;
  return seen;
}

constexpr std::size_t kSize = 8 << 20;

// On a real disk (a tmpfs's pages cannot be dropped), written and synced: clean pages, cached when
// `cached`, else dropped from the page cache.
fs::path make_shared_file(bool cached) {
  fs::path file = fs::path("/var/tmp") / ("judge-shared-" + std::to_string(::getpid()));
  int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  std::vector<char> data(kSize, 'x');
  EXPECT_EQ(::write(fd, data.data(), kSize), static_cast<ssize_t>(kSize));
  EXPECT_EQ(::fsync(fd), 0);
  if (cached)
    EXPECT_EQ(::pread(fd, data.data(), kSize, 0), static_cast<ssize_t>(kSize));
  else
    EXPECT_EQ(::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED), 0);
  ::close(fd);
  return file;
}

struct Outside {
  std::string said;  // what the box printed up to "holding"
  sandbox::RunResult result;
  bool checked_while_alive = false;
};

// Runs shared_file over `file` (bound read-only at /shared) and, once the box says it holds the
// file, calls `look` from outside while the box still lives.
template <typename Look>
Outside run_beside(const fs::path& file, std::vector<std::string> args, Look look) {
  Outside o;
  int pipe_fds[2];
  EXPECT_EQ(::pipe2(pipe_fds, O_CLOEXEC), 0);
  args.insert(args.begin(), {"shared_file", "/shared"});
  auto spec = test::program(args);
  spec.rootfs.binds.push_back({file.string(), "/shared", false});
  spec.stdout_stream.target = sandbox::Stream::Forward{pipe_fds[1]};
  spec.limits.wall_time = std::chrono::seconds(2);  // the box holds the file until then
  std::chrono::steady_clock::time_point ended;
  std::thread box([&] {
    o.result = test::run_clean(spec);
    ended = std::chrono::steady_clock::now();
  });
  o.said = read_until_holding(pipe_fds[0]);
  look();
  auto checked = std::chrono::steady_clock::now();
  box.join();
  ::close(pipe_fds[0]);
  ::close(pipe_fds[1]);
  o.checked_while_alive = checked < ended;
  return o;
}

TEST(SharedFiles, CacheAdviceAndLocksOfABoxChangeNothingOutside) {
  fs::path file = make_shared_file(true);
  std::size_t cached_before = resident_pages(file, kSize), cached_after = 0;
  bool exclusive = false, record_free = false;
  Outside o = run_beside(file, {}, [&] {
    // The host can take an exclusive lock, and sees no conflicting record lock.
    int fd = ::open(file.c_str(), O_RDWR | O_CLOEXEC);
    exclusive = fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    record_free = fd >= 0 && ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type == F_UNLCK;
    ::close(fd);
    cached_after = resident_pages(file, kSize);
  });
  fs::remove(file);

  EXPECT_NE(o.said.find("holding\n"), std::string::npos)
      << o.said << o.result.message << o.result.stderr_data;
  EXPECT_EQ(o.result.status, Status::TLE) << o.result.message;
  ASSERT_TRUE(o.checked_while_alive) << "the box was gone before the checks: they saw nothing";
  EXPECT_NE(o.said.find("fadvise=ok\n"), std::string::npos)
      << "advice is taken without error: " << o.said;
  EXPECT_TRUE(exclusive) << "the box's flock is seen outside: " << o.said;
  EXPECT_TRUE(record_free) << "the box's fcntl lock is seen outside: " << o.said;
  EXPECT_GE(cached_after, cached_before * 9 / 10)
      << "the box dropped the host's page cache of a shared file: " << cached_before
      << " pages cached before, " << cached_after << " after";
}

TEST(SharedFiles, ReadaheadOfABoxFillsNoCacheOutside) {
  fs::path file = make_shared_file(false);
  std::size_t cached_before = resident_pages(file, kSize), cached_after = 0;
  Outside o = run_beside(file, {"readahead"}, [&] { cached_after = resident_pages(file, kSize); });
  fs::remove(file);

  EXPECT_NE(o.said.find("readahead=ok\n"), std::string::npos) << o.said << o.result.message;
  ASSERT_TRUE(o.checked_while_alive) << "the box was gone before the checks: they saw nothing";
  // What one box reads ahead shows in every other's start-up time, and in cachestat/mincore.
  EXPECT_LE(cached_after, cached_before + kSize / 4096 / 10)
      << "the box filled the host's page cache of a shared file: " << cached_before
      << " pages cached before, " << cached_after << " after";
}

}  // namespace
