#include "tests/worker/worker_fixture.h"

#include <signal.h>
#include <sys/wait.h>
#include <stdlib.h>

#include <algorithm>
#include <fstream>
#include <thread>

#include "tests/batch/batch_process.h"

namespace test {
namespace fs = std::filesystem;

namespace {

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

// A copy of aplusb with one test, and `slow`: the same with room for a long wall time.
void make_problems(const fs::path& problems) {
  fs::path tests = fs::path(JUDGE_SOURCE_DIR) / "problems/aplusb/tests";
  for (const char* name : {"one", "slow"}) {
    fs::create_directories(problems / name / "tests");
    fs::copy_file(tests / "1.in", problems / name / "tests/1.in");
    fs::copy_file(tests / "1.ans", problems / name / "tests/1.ans");
  }
  write(
      problems / "one/problem.toml",
      "name = \"one\"\ntime_limit = \"2s\"\nmemory_limit = \"256MiB\"\n[tests]\ndir = \"tests\"\n");
  write(problems / "slow/problem.toml",
        "name = \"slow\"\ntime_limit = \"5s\"\nwall_time_limit = \"60s\"\nmemory_limit = "
        "\"256MiB\"\n[tests]\ndir = \"tests\"\n");
}

}  // namespace

void WorkerTest::SetUp() {
  std::string pattern = (fs::temp_directory_path() / "judge-worker-test-XXXXXX").string();
  ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
  dir_ = pattern;
  problems_ = dir_ / "problems";
  work_ = dir_ / "work";
  cache_ = dir_ / "cache";
  fs::create_directories(work_);
  make_problems(problems_);
  fs::create_directories(dir_ / "redis");
  redis_ = std::make_unique<RedisServer>(dir_ / "redis");
  client_ = redis_->client();
  redis_url_ = redis_->url();
}

void WorkerTest::TearDown() {
  for (auto it = workers_.begin(); it != workers_.end();) stop_worker((it++)->first);
  client_.reset();
  redis_.reset();
  // Killed workers' boxes died with them; the workers started after swept their cgroups.
  for (pid_t pid : started_) EXPECT_EQ(leftovers_of(pid, work_), "") << "worker " << pid;
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

pid_t WorkerTest::start_worker(const std::string& consumer, std::vector<std::string> extra) {
  std::vector<std::string> args{"worker",        "--redis",          redis_url_,
                                "--problems",    problems_.string(), "--cache-dir",
                                cache_.string(), "--consumer",       consumer};
  if (std::find(extra.begin(), extra.end(), "--jobs") == extra.end())
    extra.insert(extra.end(), {"--jobs", "1"});
  args.insert(args.end(), extra.begin(), extra.end());
  // Its own log: a worker of that name started again appends.
  pid_t pid = start_judge(
      args, work_, dir_ / ("worker-" + consumer + "-" + std::to_string(started_.size()) + ".log"));
  EXPECT_GT(pid, 0);
  workers_[consumer] = pid;
  started_.push_back(pid);
  std::string key = "judge:worker:" + consumer;
  bool exited = false;
  EXPECT_TRUE(wait_until([&] {
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == pid) exited = true;  // a bad command line, say
    if (exited) return true;
    auto beat = client_->checked({"GET", key});
    return !beat.is_nil() && nlohmann::json::parse(beat.str).value("pid", 0) == pid;
  })) << "no heartbeat from "
      << consumer;
  EXPECT_FALSE(exited) << consumer << " exited at start";
  if (exited) workers_.erase(consumer);
  return pid;
}

void WorkerTest::kill_worker(const std::string& consumer) {
  pid_t pid = workers_.at(consumer);
  ::kill(pid, SIGKILL);
  wait_judge(pid);
  workers_.erase(consumer);
}

int WorkerTest::stop_worker(const std::string& consumer) {
  pid_t pid = workers_.at(consumer);
  ::kill(pid, SIGTERM);
  int status = wait_judge(pid);
  workers_.erase(consumer);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string WorkerTest::add_job(const nlohmann::json& job) {
  return client_->checked({"XADD", "judge:jobs", "*", "job", job.dump()}).str;
}

nlohmann::json WorkerTest::job_for(const std::string& id, const std::string& problem,
                                   const fs::path& source, const std::string& language) {
  std::ifstream in(source, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return {{"id", id}, {"problem", problem}, {"language", language}, {"source", text}};
}

Results WorkerTest::results() {
  Results by_job;
  auto reply = client_->checked({"XRANGE", "judge:results", "-", "+"});
  for (const auto& e : reply.elements) {
    judge::worker::StreamEntry entry = judge::worker::to_entry(e);
    by_job[*entry.field("job")].push_back(nlohmann::json::parse(*entry.field("result")));
  }
  return by_job;
}

bool WorkerTest::wait_until(const std::function<bool()>& done, std::chrono::seconds deadline) {
  auto until = std::chrono::steady_clock::now() + deadline;
  while (!done()) {
    if (std::chrono::steady_clock::now() > until) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return true;
}

fs::path WorkerTest::write_source(const std::string& name, const std::string& text) {
  write(dir_ / "sources" / name, text);
  return dir_ / "sources" / name;
}

}  // namespace test
