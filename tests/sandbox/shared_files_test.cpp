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

TEST(SharedFiles, CacheAdviceAndLocksOfABoxChangeNothingOutside) {
  // On a real disk (a tmpfs's pages cannot be dropped), written, synced and read: clean, cached pages.
  fs::path file = fs::path("/var/tmp") / ("judge-shared-" + std::to_string(::getpid()));
  constexpr std::size_t kSize = 8 << 20;
  {
    int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    ASSERT_GE(fd, 0);
    std::vector<char> data(kSize, 'x');
    ASSERT_EQ(::write(fd, data.data(), kSize), static_cast<ssize_t>(kSize));
    ASSERT_EQ(::fsync(fd), 0);
    ASSERT_EQ(::pread(fd, data.data(), kSize, 0), static_cast<ssize_t>(kSize));
    ::close(fd);
  }
  std::size_t cached_before = resident_pages(file, kSize);

  int pipe_fds[2];
  ASSERT_EQ(::pipe2(pipe_fds, O_CLOEXEC), 0);
  auto spec = test::program({"shared_file", "/shared"});
  spec.rootfs.binds.push_back({file.string(), "/shared", false});
  spec.stdout_stream.target = sandbox::Stream::Forward{pipe_fds[1]};
  spec.limits.wall_time = std::chrono::seconds(2);  // the box holds its locks until then
  sandbox::RunResult r;
  std::chrono::steady_clock::time_point ended;
  std::thread box([&] {
    r = test::run_clean(spec);
    ended = std::chrono::steady_clock::now();
  });

  std::string said = read_until_holding(pipe_fds[0]);
  // While the box lives and says it holds its locks: the host can take an exclusive lock, and sees
  // no conflicting record lock.
  int fd = ::open(file.c_str(), O_RDWR | O_CLOEXEC);
  bool exclusive = fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0;
  struct flock probe {};
  probe.l_type = F_WRLCK;
  probe.l_whence = SEEK_SET;
  bool record_free = fd >= 0 && ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type == F_UNLCK;
  ::close(fd);
  std::size_t cached_after = resident_pages(file, kSize);
  auto checked = std::chrono::steady_clock::now();
  box.join();
  ::close(pipe_fds[0]);
  ::close(pipe_fds[1]);
  fs::remove(file);

  EXPECT_NE(said.find("holding\n"), std::string::npos) << said << r.message << r.stderr_data;
  EXPECT_EQ(r.status, Status::TLE) << r.message;
  ASSERT_LT(checked, ended) << "the box was gone before the checks: they saw nothing";
  EXPECT_NE(said.find("fadvise=ok\n"), std::string::npos) << "advice is taken without error: " << said;
  EXPECT_TRUE(exclusive) << "the box's flock is seen outside: " << said;
  EXPECT_TRUE(record_free) << "the box's fcntl lock is seen outside: " << said;
  EXPECT_GE(cached_after, cached_before * 9 / 10)
      << "the box dropped the host's page cache of a shared file: " << cached_before << " pages cached before, "
      << cached_after << " after";
}

}  // namespace
