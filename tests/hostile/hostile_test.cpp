// The hostile suite: every program in programs/ graded by the real grading engine, then the host
// checked for what the attack targeted and for anything the run left behind. See README.md.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "judge/grader.h"
#include "judge/problem.h"
#include "base/file_io.h"
#include "base/owner.h"
#include "base/units.h"
#include "tests/support/disk_usage.h"
#include "tests/support/host_state.h"
#include "tests/support/languages_any_host.h"
#include "tests/support/process_memory.h"

namespace {

namespace fs = std::filesystem;

const fs::path kSuite = fs::path(JUDGE_SOURCE_DIR) / "tests/hostile";
constexpr const char* kSecretEnv = "JUDGE_HOSTILE_SECRET";

struct Hostile {
  fs::path file;
  std::string description, verdict;
  std::vector<std::string> messages, unchanged;
  std::optional<int> exit_code, signal;
  std::optional<std::chrono::microseconds> time_limit;
  std::optional<std::uint64_t> flushes_at_most;
  std::optional<std::uint64_t> cache_max;
};

Hostile parse(const fs::path& file) {
  Hostile h;
  h.file = file;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    std::string body;
    if (line.rfind("// ", 0) == 0)
      body = line.substr(3);
    else if (line.rfind("# ", 0) == 0)
      body = line.substr(2);
    else
      break;
    auto colon = body.find(": ");
    if (colon == std::string::npos) continue;
    std::string key = body.substr(0, colon), value = body.substr(colon + 2);
    if (key == "hostile") h.description = value;
    if (key == "verdict") h.verdict = value;
    if (key == "message") h.messages.push_back(value);
    if (key == "unchanged") h.unchanged.push_back(value);
    if (key == "exit-code") h.exit_code = std::stoi(value);
    if (key == "signal") h.signal = std::stoi(value);
    if (key == "time-limit") h.time_limit = base::parse_duration(value);
    if (key == "flushes-at-most") h.flushes_at_most = std::stoull(value);
    if (key == "cache-max") h.cache_max = base::parse_size(value);
  }
  return h;
}

std::vector<Hostile> programs() {
  std::vector<Hostile> out;
  for (const auto& entry : fs::directory_iterator(kSuite / "programs"))
    out.push_back(parse(entry.path()));
  std::sort(out.begin(), out.end(),
            [](const Hostile& a, const Hostile& b) { return a.file < b.file; });
  return out;
}

void PrintTo(const Hostile& h, std::ostream* os) {
  *os << h.file.filename().string();
}

std::string name_of(const ::testing::TestParamInfo<Hostile>& info) {
  std::string name = info.param.file.filename().string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t pos = 0; (pos = text.find(from, pos)) != std::string::npos; pos += to.size())
    text.replace(pos, from.size(), to);
  return text;
}

// A TCP listener on the host's loopback: the box must never reach it.
struct Listener {
  int fd = -1;
  int port = 0;
  Listener() {
    fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    ::listen(fd, 8);
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    port = ntohs(addr.sin_port);
  }
  ~Listener() { ::close(fd); }
  bool contacted() const {
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, 0) > 0;
  }
};

class HostileProgram : public ::testing::TestWithParam<Hostile> {
 protected:
  static void SetUpTestSuite() {
    // What a test process killed by ctest's timeout left.
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(fs::temp_directory_path(), ec)) {
      std::string name = entry.path().filename().string();
      if (name.rfind("judge-hostile-", 0) != 0) continue;
      pid_t owner = static_cast<pid_t>(std::atol(name.c_str() + 14));
      if (owner > 0 && ::kill(owner, 0) != 0 && errno == ESRCH) fs::remove_all(entry.path(), ec);
    }
    root_ = fs::temp_directory_path() / ("judge-hostile-" + std::to_string(::getpid()));
    fs::create_directories(root_ / "work");
    fs::create_directories(root_ / "sources");
    ::setenv(kSecretEnv, "the-judge-secret", 1);
    // Box uids of this test process alone, so that "no process of the box's uid remains" cannot
    // be confused by a box of a concurrent test.
    sandbox::SandboxOptions options;
    options.host_id_base = 62000000 + static_cast<uid_t>(::getpid() % 10000) * 32;
    options.max_boxes = 16;
    id_base_ = options.host_id_base;
    sandbox_ = new sandbox::Sandbox(options);
  }
  static void TearDownTestSuite() {
    delete sandbox_;
    fs::remove_all(root_);
  }

  static inline fs::path root_;
  static inline sandbox::Sandbox* sandbox_ = nullptr;
  static inline uid_t id_base_ = 0;
};

TEST_P(HostileProgram, IsContained) {
  const Hostile& h = GetParam();
  ASSERT_FALSE(h.verdict.empty()) << h.file << " has no '// verdict:' line";
  judge::Problem problem = judge::load_problem(kSuite / "problem/problem.toml");
  if (h.time_limit) {
    // An attack on another limit must reach that limit first, however slow this machine is.
    problem.limits.cpu_time = *h.time_limit;
    problem.limits.wall_time.reset();  // the default for this CPU time
  }
  // An attack that must end on the CPU limit must not meet the wall limit first on a host that
  // gives the box a third of a CPU or less (a load of 15 on 2 CPUs did: "wall time limit 3s").
  // Programs that wait rather than burn keep the short wall limit they are meant to reach.
  for (const std::string& m : h.messages)
    if (m.find("CPU time limit") != std::string::npos)
      problem.limits.wall_time = std::max<std::chrono::microseconds>(
          problem.limits.wall_time.value_or(std::chrono::microseconds(0)),
          std::chrono::seconds(60));
  // The shipped languages and the suite's own, compile limits fit for any host: what a hostile
  // program attacks is its run or the compile's output, never the compile's speed.
  auto languages = judge::Languages::load({test::languages_for_any_host(
      {judge::Languages::default_file(), kSuite / "languages.toml"}, root_)});
  judge::Grader grader(*sandbox_, languages, root_ / "cache", root_ / "work",
                       h.cache_max.value_or(judge::ArtifactCache::kDefaultMaxBytes));
  Listener listener;

  std::map<std::string, std::string> placeholders{
      {"@ANSWER_PATH@", fs::absolute(problem.tests[0].answer).string()},
      {"@INPUT_PATH@", fs::absolute(problem.tests[0].input).string()},
      {"@PROBLEM_DIR@", fs::absolute(problem.dir).string()},
      {"@JUDGE_BINARY@", JUDGE_BINARY},
      {"@CACHE_DIR@", (root_ / "cache").string()},
      {"@WORK_ROOT@", (root_ / "work").string()},
      {"@HOST_PORT@", std::to_string(listener.port)},
      {"@SECRET_ENV@", kSecretEnv}};
  std::string source = base::read_file(h.file).value_or("");
  for (const auto& [key, value] : placeholders) source = replace_all(source, key, value);
  fs::path submission = root_ / "sources" / h.file.filename();
  std::ofstream(submission) << source;

  std::vector<std::string> watched = h.unchanged;
  for (const auto& extra :
       {placeholders["@ANSWER_PATH@"], placeholders["@INPUT_PATH@"], std::string("/etc/passwd"),
        std::string("/etc/hostname"), std::string(JUDGE_BINARY)})
    watched.push_back(extra);
  std::map<std::string, std::string> before_files;
  for (std::string path : watched) {
    for (const auto& [key, value] : placeholders) path = replace_all(path, key, value);
    before_files[path] = base::read_file(path).value_or("<unreadable>");
  }

  // Warm up the judge's allocations so that RSS growth means the hostile run.
  grader.grade(problem, kSuite / "benign.py", {});
  test::HostState before = test::HostState::capture();
  std::size_t rss_before = test::rss_kib(), heap_before = test::heap_in_use_bytes();
  std::uint64_t flushes_before = test::disk_flushes();

  judge::Report report = grader.grade(problem, submission, {});
  std::uint64_t flushes = test::disk_flushes() - flushes_before;

  test::HostState after = test::HostState::capture();
  std::size_t rss_after = test::rss_kib(), heap_after = test::heap_in_use_bytes();
  std::string decisive =
      report.compile.message + (report.tests.empty() ? "" : report.tests.front().message);
  EXPECT_EQ(judge::to_string(report.verdict), h.verdict)
      << h.description << "\nmessage: " << report.message
      << "\ncompile log: " << report.compile.log;
  for (const std::string& m : h.messages)
    EXPECT_NE(decisive.find(m), std::string::npos) << "'" << m << "' not in: " << decisive;
  if (h.exit_code) {
    ASSERT_FALSE(report.tests.empty());
    EXPECT_EQ(report.tests.front().exit_code, h.exit_code);
  }
  if (h.signal) {
    ASSERT_FALSE(report.tests.empty());
    EXPECT_EQ(report.tests.front().signal, h.signal);
  }

  if (h.cache_max) {
    EXPECT_LE(test::disk_usage(root_ / "cache"), *h.cache_max)
        << "the compile cache outgrew its quota";
  }
  for (const auto& [path, content] : before_files)
    EXPECT_EQ(base::read_file(path).value_or("<unreadable>"), content) << path << " changed";
  EXPECT_FALSE(listener.contacted()) << "the host's loopback listener was reached";
  // Other work on the host flushes too (a journal commit every few seconds): the bound is far
  // above that and far below a storm. A host without block devices (the VM leg) counts none.
  if (h.flushes_at_most) {
    EXPECT_LE(flushes, *h.flushes_at_most) << "cache flushes the host's disks completed";
  }
  EXPECT_EQ(test::leftovers(before, after), "");
  for (uid_t uid = id_base_; uid < id_base_ + 32; ++uid)
    EXPECT_TRUE(test::processes_of_uid(uid).empty())
        << "a process of box uid " << uid << " remains";
  std::string token = base::owner_token();
  for (const auto& entry : fs::directory_iterator(root_ / "work"))
    ADD_FAILURE() << "work directory left: " << entry.path();
  // Allocator noise, not leaks, fits in these; the soak test looks for growth over 1000 runs.
  EXPECT_LE(heap_after, heap_before + 64 * 1024)
      << "judge heap in use grew from " << heap_before << " to " << heap_after << " bytes";
  if (test::rss_tracks_leaks()) {
    EXPECT_LE(rss_after, rss_before + 4096)
        << "judge RSS grew from " << rss_before << " KiB to " << rss_after << " KiB";
  }
}

INSTANTIATE_TEST_SUITE_P(Suite, HostileProgram, ::testing::ValuesIn(programs()), name_of);

TEST(HostileSuite, HasAtLeastFortyPrograms) {
  EXPECT_GE(programs().size(), 40u);
}

}  // namespace
