// The judge's memory while it checks an output (issue 19): checking an output as large as the
// default output limit allows, of the content worst for each checker, must not take the judge's
// memory far past the size of the files. `lines` used to hold a 16-byte view per line: 17 times
// the output, and the judge itself has no memory limit.
#include "judge/check_output.h"

#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "base/fd.h"
#include "base/file_io.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using judge::CheckerType;

constexpr std::uint64_t kMiB = 1 << 20;
constexpr std::uint64_t kOutputLimit = 64 * kMiB;  // the default output_limit

#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer keeps freed blocks resident (its quarantine, up to 256 MiB): a string that grew
// by doubling then shows every size it went through, not what the checker holds.
constexpr bool kFreedMemoryLeavesRss = false;
#else
constexpr bool kFreedMemoryLeavesRss = true;
#endif

// `unit` repeated to exactly `size` bytes (a multiple of 1 MiB), written a MiB at a time.
void write_repeated(const fs::path& path, const std::string& unit, std::uint64_t size) {
  std::string block;
  while (block.size() < kMiB) block += unit;
  block.resize(kMiB);
  base::UniqueFd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
  ASSERT_TRUE(fd);
  for (std::uint64_t done = 0; done < size; done += kMiB)
    ASSERT_EQ(::write(fd.get(), block.data(), block.size()), static_cast<ssize_t>(block.size()));
}

std::uint64_t status_kib(const char* key) {
  auto status = base::read_file("/proc/self/status").value_or("");
  auto pos = status.find(key);
  return pos == std::string::npos ? 0 : std::stoull(status.substr(pos + std::string(key).size()));
}

struct ChildReport {
  int status;  // 0 measured, 1 cannot reset VmHWM, 2 the check threw (out of memory...)
  int accepted;
  std::uint64_t base_kib, peak_kib;
};

struct Measured {
  bool ran = false;  // the child measured (else: why not, in `error`)
  bool accepted = false;
  std::uint64_t growth = 0;  // bytes the peak RSS rose during the check
  std::string error;
};

// Runs check_output (what run_test calls) in a child process, and reads how far the child's peak
// resident memory (VmHWM, reset just before the check) rose above its resident memory then.
Measured measure_check(CheckerType type, const fs::path& output, const fs::path& answer) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return {false, false, 0, "pipe2 failed"};
  base::UniqueFd read_end(fds[0]), write_end(fds[1]);
  pid_t pid = ::fork();
  if (pid < 0) return {false, false, 0, "fork failed"};
  if (pid == 0) {
    ChildReport report{};
    // A regression must not take the whole machine: a cap far above the bound, yet a figure for
    // anything up to 4 GiB.
    struct rlimit as {};
    ::getrlimit(RLIMIT_AS, &as);
    std::uint64_t cap = status_kib("VmSize:") * 1024 + (std::uint64_t{4} << 30);
    if (as.rlim_cur == RLIM_INFINITY || as.rlim_cur > cap) {
      as.rlim_cur = cap;
      ::setrlimit(RLIMIT_AS, &as);
    }
    int clear = ::open("/proc/self/clear_refs", O_WRONLY | O_CLOEXEC);
    if (clear < 0 || ::write(clear, "5", 1) != 1) report.status = 1;  // "5": VmHWM := VmRSS
    if (report.status == 0) {
      report.base_kib = status_kib("VmHWM:");
      try {
        judge::CheckerSpec spec;
        spec.type = type;
        judge::OutputCheck c = judge::check_output(spec, output, kOutputLimit, answer);
        report.accepted = c.result && c.result->accepted;
      } catch (...) {
        report.status = 2;
      }
      report.peak_kib = status_kib("VmHWM:");
    }
    (void)!::write(write_end.get(), &report, sizeof report);
    ::_exit(0);
  }
  write_end.reset();
  ChildReport report{};
  ssize_t n = ::read(read_end.get(), &report, sizeof report);
  int wstatus = 0;
  ::waitpid(pid, &wstatus, 0);
  if (n != static_cast<ssize_t>(sizeof report))
    return {false, false, 0, "the child died without a report"};
  if (report.status == 1) return {false, false, 0, "cannot reset VmHWM (/proc/self/clear_refs)"};
  if (report.status == 2)
    return {false, false, 0, "the check threw (out of memory under a 4 GiB cap?)"};
  return {true, report.accepted != 0, (report.peak_kib - report.base_kib) * 1024, ""};
}

struct Case {
  const char* name;
  CheckerType type;
  std::string unit;  // the output is this, repeated up to the output limit; the answer is the same
  bool
      short_items;  // lines or tokens of a few bytes: nothing the checker holds grows with the size
};

void PrintTo(const Case& c, std::ostream* out) {
  *out << c.name;
}

class CheckerMemory : public ::testing::TestWithParam<Case> {};

// The bound, whatever the content: peak growth <= 2 x (output + answer) + 32 MiB. A checker may
// hold at most about one copy of each file (the longest line or token, when it spans the pieces the
// files are read in, is gathered into a string that may double as it grows), plus fixed buffers.
// And for short lines or tokens, the usual case and the one with the most of them, the growth is
// within 32 MiB whatever the size: the checkers read both files in pieces and keep nothing per line
// or token. 32 MiB is slack for the allocator, page faults on code and the message, all far
// smaller.
TEST_P(CheckerMemory, PeakWithinBoundAtTheOutputLimit) {
  const Case& c = GetParam();
  if (!c.short_items && !kFreedMemoryLeavesRss)
    GTEST_SKIP() << "peak RSS counts freed memory under AddressSanitizer";
  test::TempDir temp("judge-checker-memory");
  fs::path output = temp.path / "output";
  write_repeated(output, c.unit, kOutputLimit);
  // A matching answer: the same bytes (the same file: half the disk writes; opened separately).
  fs::path answer = output;
  std::uint64_t files = 2 * kOutputLimit;

  Measured m = measure_check(c.type, output, answer);
  ASSERT_TRUE(m.ran) << m.error;
  EXPECT_TRUE(m.accepted);
  std::printf("[ figures  ] %s: peak RSS growth %.1f MiB for %.0f MiB of files\n", c.name,
              static_cast<double>(m.growth) / kMiB, static_cast<double>(files) / kMiB);
  EXPECT_LE(m.growth, 2 * files + 32 * kMiB) << c.name;
  if (c.short_items) {
    EXPECT_LE(m.growth, 32 * kMiB) << c.name;
  }
}

INSTANTIATE_TEST_SUITE_P(
    WorstContent, CheckerMemory,
    ::testing::Values(Case{"lines_of_newlines", CheckerType::Lines, "\n", true},
                      Case{"tokens_of_1", CheckerType::Tokens, "1\n", true},
                      Case{"float_of_1", CheckerType::Float, "1\n", true},
                      Case{"exact_of_1", CheckerType::Exact, "1\n", true},
                      // One line, one token of the whole size: held whole, within the first bound.
                      Case{"lines_one_long_line", CheckerType::Lines, "x", false},
                      Case{"tokens_one_long_token", CheckerType::Tokens, "x", false}),
    [](const ::testing::TestParamInfo<Case>& each) { return std::string(each.param.name); });

}  // namespace
