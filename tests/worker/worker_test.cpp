// `judge worker` and `judge submit` end to end: a real redis-server, the real judge binary as
// workers and submitter, the grading engine in this process as the reference.
#include <signal.h>

#include <fstream>

#include "judge/grader.h"
#include "judge/problem.h"
#include "judge/worker/finish_script.h"
#include "tests/batch/batch_process.h"
#include "tests/worker/worker_fixture.h"

namespace test {
namespace {
namespace fs = std::filesystem;

const fs::path kSubmissions = fs::path(JUDGE_SOURCE_DIR) / "problems/aplusb/submissions";

// Python that sleeps, then answers: a job that stays in flight long enough to be seen pending.
const std::string kSleepy =
    "import time\ntime.sleep(3)\na, b = map(int, input().split())\nprint(a + b)\n";

// Always 4: wrong on the one test (1 2).
const std::string kWrong = "#include <stdio.h>\nint main(void) { puts(\"4\"); return 0; }\n";

struct Sample {
  fs::path file;
  std::string language;
};

// What the grading engine alone says of `file`: the verdict, then each test's.
std::vector<std::string> reference(const fs::path& problem_toml, const Sample& sample,
                                   const fs::path& cache) {
  sandbox::Sandbox sandbox{sandbox::SandboxOptions{}};
  judge::Grader grader(sandbox, judge::Languages::load({judge::Languages::default_file()}), cache);
  judge::GradeOptions options;
  options.language = sample.language;
  judge::Report report = grader.grade(judge::load_problem(problem_toml), sample.file, options);
  std::vector<std::string> verdicts{std::string(judge::to_string(report.verdict))};
  for (const auto& t : report.tests) verdicts.emplace_back(judge::to_string(t.verdict));
  return verdicts;
}

std::vector<std::string> verdicts_of(const nlohmann::json& result) {
  std::vector<std::string> verdicts{result.value("verdict", "")};
  for (const auto& t : result.value("tests", nlohmann::json::array()))
    verdicts.push_back(t.value("verdict", ""));
  return verdicts;
}

std::size_t count_results(const Results& results) {
  std::size_t n = 0;
  for (const auto& [id, list] : results) n += list.size();
  return n;
}

}  // namespace

TEST_F(WorkerTest, ThreeHundredJobsThreeWorkersOneResultEachAsTheEngineSays) {
  const std::vector<Sample> samples{{kSubmissions / "accepted/main.c", "c"},
                                    {kSubmissions / "accepted/main.py", "python3"},
                                    {write_source("wa.c", kWrong), "c"},
                                    {kSubmissions / "run_time_error/exit_code.py", "python3"},
                                    {kSubmissions / "compile_error/syntax_error.py", "python3"}};
  std::vector<std::vector<std::string>> expected;
  for (const Sample& s : samples)
    expected.push_back(reference(problems_ / "one/problem.toml", s, dir_ / "reference-cache"));
  EXPECT_EQ(expected[0], (std::vector<std::string>{"AC", "AC"}));
  EXPECT_EQ(expected[2], (std::vector<std::string>{"WA", "WA"}));
  for (const char* w : {"w1", "w2", "w3"}) start_worker(w);
  const int kJobs = 300;
  for (int i = 0; i < kJobs; ++i) {
    const Sample& s = samples[i % samples.size()];
    std::vector<std::string> args{"submit",
                                  "--redis",
                                  redis_->url(),
                                  "--id",
                                  "job-" + std::to_string(i),
                                  "--language",
                                  s.language,
                                  "--problems",
                                  problems_.string(),
                                  "one",
                                  s.file.string()};
    ASSERT_EQ(run_judge(args, work_, dir_ / "submit.log"), 0) << "submit " << i;
  }
  ASSERT_TRUE(wait_until([&] { return count_results(results()) >= kJobs; }));
  Results all = results();
  EXPECT_EQ(all.size(), static_cast<std::size_t>(kJobs));
  EXPECT_EQ(count_results(all), static_cast<std::size_t>(kJobs)) << "a job has two results";
  std::set<std::string> workers;
  for (int i = 0; i < kJobs; ++i) {
    const auto& list = all["job-" + std::to_string(i)];
    ASSERT_EQ(list.size(), 1u) << "job-" << i;
    EXPECT_EQ(verdicts_of(list[0]), expected[i % samples.size()]) << "job-" << i;
    EXPECT_EQ(list[0]["attempt"], 1);
    workers.insert(list[0]["worker"].get<std::string>());
  }
  EXPECT_EQ(workers.size(), 3u) << "every worker took jobs";
  auto pending = client_->checked({"XPENDING", "judge:jobs", "judge:workers"});
  EXPECT_EQ(pending.elements.at(0).integer, 0);
}

TEST_F(WorkerTest, SubmitWaitPrintsTheResult) {
  start_worker("w1");
  fs::path out = dir_ / "wait.json";
  std::vector<std::string> args{
      "submit", "--redis", redis_->url(), "--wait",
      "--id",   "waited",  "one",         write_source("wa.c", kWrong).string()};
  EXPECT_EQ(run_judge(args, work_, out), 1) << "a verdict other than AC";
  std::ifstream in(out);
  nlohmann::json result = nlohmann::json::parse(in);
  EXPECT_EQ(result["job"], "waited");
  EXPECT_EQ(result["verdict"], "WA");
  EXPECT_EQ(result["worker"], "w1");
}

// The consumer holding `entry` now, with its delivery count; "" when it is not pending.
std::pair<std::string, long long> holder(judge::worker::RedisClient& c, const std::string& entry) {
  auto reply = c.checked({"XPENDING", "judge:jobs", "judge:workers", entry, entry, "1"});
  if (reply.elements.empty()) return {"", 0};
  return {reply.elements[0].elements[1].str, reply.elements[0].elements[3].integer};
}

TEST_F(WorkerTest, KilledMidJobIsGradedOnceByAnotherAfterTheTimeout) {
  const std::vector<std::string> quick{"--visibility-timeout", "2s", "--heartbeat", "200ms"};
  start_worker("w1", quick);
  std::string entry = add_job(job_for("slow-1", "slow", write_source("s.py", kSleepy), "python3"));
  ASSERT_TRUE(wait_until([&] { return holder(*client_, entry).first == "w1"; }));
  kill_worker("w1");
  start_worker("w2", quick);
  ASSERT_TRUE(wait_until([&] { return !results().empty(); }));
  Results all = results();
  ASSERT_EQ(all["slow-1"].size(), 1u);
  EXPECT_EQ(all["slow-1"][0]["verdict"], "AC");
  EXPECT_EQ(all["slow-1"][0]["worker"], "w2");
  EXPECT_EQ(all["slow-1"][0]["attempt"], 2);
  EXPECT_EQ(holder(*client_, entry).first, "") << "acknowledged";
  std::cout << "kill -9: jobs sent 1, results 1, duplicates 0, lost 0\n";
}

TEST_F(WorkerTest, KilledMidJobUnderLoadEveryJobOnceNoneLost) {
  const std::vector<std::string> quick{"--visibility-timeout", "2s", "--heartbeat", "200ms"};
  for (const char* w : {"w1", "w2", "w3"}) start_worker(w, quick);
  fs::path source = kSubmissions / "accepted/main.c";
  const int kJobs = 100;
  for (int i = 0; i < kJobs / 2; ++i)
    add_job(job_for("k-" + std::to_string(i), "one", source, "c"));
  std::string slow = add_job(job_for("k-slow", "slow", write_source("s.py", kSleepy), "python3"));
  for (int i = kJobs / 2; i < kJobs; ++i)
    add_job(job_for("k-" + std::to_string(i), "one", source, "c"));
  std::string victim;
  ASSERT_TRUE(wait_until([&] { return !(victim = holder(*client_, slow).first).empty(); }));
  kill_worker(victim);
  ASSERT_TRUE(wait_until([&] { return count_results(results()) >= kJobs + 1; }));
  Results all = results();
  std::size_t duplicates = count_results(all) - all.size(), lost = 0;
  for (int i = 0; i < kJobs; ++i) lost += all["k-" + std::to_string(i)].empty();
  lost += all["k-slow"].empty();
  std::cout << "kill -9 under load: jobs sent " << kJobs + 1 << ", results " << count_results(all)
            << ", duplicates " << duplicates << ", lost " << lost << "\n";
  EXPECT_EQ(duplicates, 0u);
  EXPECT_EQ(lost, 0u);
  ASSERT_EQ(all["k-slow"].size(), 1u);
  EXPECT_EQ(all["k-slow"][0]["verdict"], "AC");
  EXPECT_EQ(all["k-slow"][0]["attempt"], 2);
  EXPECT_NE(all["k-slow"][0]["worker"], victim);
  auto pending = client_->checked({"XPENDING", "judge:jobs", "judge:workers"});
  EXPECT_EQ(pending.elements.at(0).integer, 0);
  // The killed worker's boxes died with it; its cgroups and work directories go when a judge
  // starts on this machine (as after any crash): the fixture's leftover check then holds.
  start_worker("w4", quick);
}

TEST_F(WorkerTest, SigtermDrainsTheJobsInFlight) {
  start_worker("w1", {"--jobs", "2"});
  fs::path source = write_source("s.py", kSleepy);
  std::string a = add_job(job_for("drain-a", "slow", source, "python3"));
  std::string b = add_job(job_for("drain-b", "slow", source, "python3"));
  ASSERT_TRUE(wait_until(
      [&] { return holder(*client_, a).first == "w1" && holder(*client_, b).first == "w1"; }));
  EXPECT_EQ(stop_worker("w1"), 0);
  Results all = results();
  ASSERT_EQ(all["drain-a"].size(), 1u);
  ASSERT_EQ(all["drain-b"].size(), 1u);
  EXPECT_EQ(all["drain-a"][0]["verdict"], "AC");
  EXPECT_EQ(all["drain-b"][0]["verdict"], "AC");
  auto pending = client_->checked({"XPENDING", "judge:jobs", "judge:workers"});
  EXPECT_EQ(pending.elements.at(0).integer, 0) << "nothing left pending";
}

TEST_F(WorkerTest, PoisonJobGoesToTheDeadLettersAfterMaxDeliveries) {
  const std::vector<std::string> quick{"--visibility-timeout", "2s", "--heartbeat", "200ms",
                                       "--max-deliveries",     "3"};
  start_worker("w1", quick);
  start_worker("w2", quick);
  std::string entry = add_job(job_for("poison", "slow", write_source("p.py", kSleepy), "python3"));
  // The test plays the crash: whoever holds the job dies, K times; then a worker is restarted.
  long long killed_at = 0;
  auto dead_letters = [&] { return client_->checked({"XRANGE", "judge:dead", "-", "+"}); };
  ASSERT_TRUE(wait_until([&] {
    auto [consumer, count] = holder(*client_, entry);
    if (!consumer.empty() && count > killed_at && count <= 3) {
      kill_worker(consumer);
      start_worker(consumer, quick);
      killed_at = count;
    }
    return !dead_letters().elements.empty();
  }));
  EXPECT_EQ(killed_at, 3);
  auto dead = dead_letters();
  ASSERT_EQ(dead.elements.size(), 1u);
  judge::worker::StreamEntry letter = judge::worker::to_entry(dead.elements[0]);
  EXPECT_EQ(*letter.field("job"), "poison");
  EXPECT_EQ(*letter.field("entry"), entry);
  EXPECT_EQ(*letter.field("deliveries"), "4");
  EXPECT_NE(letter.field("reason")->find("over --max-deliveries 3"), std::string::npos);
  EXPECT_TRUE(results().empty()) << "no result for a dead letter";
  EXPECT_EQ(holder(*client_, entry).first, "");
}

TEST_F(WorkerTest, RedisRestartedWhileWorkersRunLosesNoJobAndDoublesNone) {
  for (const char* w : {"w1", "w2", "w3"}) start_worker(w);
  fs::path source = kSubmissions / "accepted/main.c";
  // 100 jobs before the restart, 50 after it: those only workers that reconnected can grade.
  const int kJobs = 150, kBefore = 100;
  for (int i = 0; i < kBefore; ++i) add_job(job_for("r-" + std::to_string(i), "one", source, "c"));
  ASSERT_TRUE(wait_until([&] { return count_results(results()) >= 10; }));
  std::size_t at_stop = count_results(results());
  client_.reset();
  redis_->stop();
  redis_->start();
  client_ = redis_->client();
  for (int i = kBefore; i < kJobs; ++i)
    add_job(job_for("r-" + std::to_string(i), "one", source, "c"));
  ASSERT_TRUE(wait_until([&] { return count_results(results()) >= kJobs; }));
  // Workers that had a result ready while Redis was down publish it after; let them all drain.
  for (const char* w : {"w1", "w2", "w3"}) EXPECT_EQ(stop_worker(w), 0);
  Results all = results();
  std::size_t duplicates = count_results(all) - all.size(), lost = 0;
  for (int i = 0; i < kJobs; ++i) {
    auto& list = all["r-" + std::to_string(i)];
    if (list.empty()) ++lost;
    for (const auto& r : list) EXPECT_EQ(r["verdict"], "AC");
  }
  std::cout << "redis restart: results at the stop " << at_stop << "; jobs sent " << kJobs
            << ", results " << count_results(all) << ", duplicates " << duplicates << ", lost "
            << lost << "\n";
  EXPECT_EQ(duplicates, 0u);
  EXPECT_EQ(lost, 0u);
  EXPECT_EQ(all.size(), static_cast<std::size_t>(kJobs));
}

TEST_F(WorkerTest, FinishScriptWritesOneRecordAndAcknowledgesEveryTime) {
  judge::worker::StreamNames names;
  judge::worker::ensure_group(*client_, names);
  std::string entry = add_job({{"id", "twice"}});
  auto read = client_->checked(
      {"XREADGROUP", "GROUP", "judge:workers", "c1", "STREAMS", "judge:jobs", ">"});
  ASSERT_EQ(read.elements.size(), 1u);
  judge::worker::Finish finish{names.done("job:twice"),
                               names.results(),
                               entry,
                               {{"job", "twice"}, {"result", "{\"verdict\":\"AC\"}"}}};
  EXPECT_TRUE(judge::worker::finish_job(*client_, names, finish, {}));
  EXPECT_EQ(holder(*client_, entry).first, "") << "acknowledged";
  // The script forgotten (as after a restart): EVALSHA fails with NOSCRIPT, EVAL runs it.
  client_->checked({"SCRIPT", "FLUSH"});
  finish.fields = {{"job", "twice"}, {"result", "{\"verdict\":\"WA\"}"}};
  EXPECT_FALSE(judge::worker::finish_job(*client_, names, finish, {}));
  Results all = results();
  ASSERT_EQ(all["twice"].size(), 1u);
  EXPECT_EQ(all["twice"][0]["verdict"], "AC") << "the first result stays the only one";
  auto marker = client_->checked({"GET", "judge:done:job:twice"});
  EXPECT_EQ(marker.str.rfind("judge:results ", 0), 0u);
  auto ttl = client_->checked({"TTL", "judge:done:job:twice"});
  EXPECT_GT(ttl.integer, 7 * 24 * 3600 - 600);
  EXPECT_LE(ttl.integer, 7 * 24 * 3600);
}

TEST_F(WorkerTest, PasswordOrAclUserInTheUrlAndNeverInTheLog) {
  client_->checked({"CONFIG", "SET", "requirepass", "s3cret-pw"});
  client_->checked({"ACL", "SETUSER", "grader", "on", ">acl-pw", "~*", "&*", "+@all"});
  redis_url_ = "unix://:s3cret-pw@" + redis_->socket().string();
  start_worker("w1");
  redis_url_ = "unix://grader:acl-pw@" + redis_->socket().string() + "?db=0";
  start_worker("w2");
  stop_worker("w1");  // w2 alone grades the job: the ACL user works
  add_job(job_for("authed", "one", kSubmissions / "accepted/main.c", "c"));
  ASSERT_TRUE(wait_until([&] { return results().count("authed"); }));
  EXPECT_EQ(results()["authed"].at(0)["worker"], "w2");
  EXPECT_EQ(results()["authed"].at(0)["verdict"], "AC");
  for (const auto& file : fs::directory_iterator(dir_)) {
    if (file.path().filename().string().rfind("worker-", 0) != 0) continue;
    std::ifstream in(file.path());
    std::string log((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(log.find("***@"), std::string::npos) << file.path();
    EXPECT_EQ(log.find("pw"), std::string::npos) << file.path() << ": " << log;
  }
}

TEST_F(WorkerTest, HeartbeatDescribesTheWorkerAndEventsFollowTheTests) {
  pid_t pid = start_worker("w1", {"--events", "--jobs", "2"});
  auto beat = nlohmann::json::parse(client_->checked({"GET", "judge:worker:w1"}).str);
  EXPECT_EQ(beat["consumer"], "w1");
  EXPECT_EQ(beat["pid"], pid);
  EXPECT_EQ(beat["capacity"], 2);
  EXPECT_EQ(beat["in_flight"], 0);
  EXPECT_EQ(beat["version"], "judge-0.13");
  EXPECT_TRUE(beat["cgroup_backend"] == "v1" || beat["cgroup_backend"] == "v2") << beat;
  EXPECT_FALSE(beat["host"].get<std::string>().empty());
  auto ttl = client_->checked({"PTTL", "judge:worker:w1"});
  EXPECT_GT(ttl.integer, 0);
  EXPECT_LE(ttl.integer, 15000) << "three heartbeats of 5s";
  std::string entry = add_job(job_for("evented", "one", kSubmissions / "accepted/main.c", "c"));
  ASSERT_TRUE(wait_until([&] { return results().count("evented"); }));
  auto events = client_->checked({"XRANGE", "judge:events", "-", "+"});
  ASSERT_EQ(events.elements.size(), 1u) << "one test, one event";
  judge::worker::StreamEntry event = judge::worker::to_entry(events.elements[0]);
  EXPECT_EQ(*event.field("job"), "evented");
  EXPECT_EQ(*event.field("entry"), entry);
  EXPECT_EQ(*event.field("test"), "1");
  EXPECT_EQ(*event.field("verdict"), "AC");
  EXPECT_EQ(stop_worker("w1"), 0);
  EXPECT_EQ(client_->checked({"EXISTS", "judge:worker:w1"}).integer, 0)
      << "removed on a clean stop";
}

TEST_F(WorkerTest, MalformedJobsAreResultsWithClearErrorsAndTheWorkerGoesOn) {
  start_worker("w1");
  fs::path source = kSubmissions / "accepted/main.c";
  nlohmann::json good = job_for("good", "one", source, "c");
  auto with = [&](const std::string& id, const char* field, nlohmann::json value) {
    nlohmann::json job = good;
    job["id"] = id;
    if (value.is_null())
      job.erase(field);
    else
      job[field] = value;
    return job;
  };
  add_job(with("no-source", "source", nullptr));
  add_job(with("no-language", "language", nullptr));
  add_job(with("huge", "source", std::string(300 * 1024, 'x')));
  add_job(with("martian", "language", "martian"));
  add_job(with("escape", "problem", "../one"));
  add_job(with("absent", "problem", "absent"));
  add_job(with("old", "version", std::string(64, '0')));
  client_->checked({"XADD", "judge:jobs", "*", "job", "{not json"});
  client_->checked({"XADD", "judge:jobs", "*", "other", "x"});
  add_job(good);
  ASSERT_TRUE(wait_until([&] { return results().count("good"); }));
  Results all = results();
  auto message = [&](const std::string& id) {
    EXPECT_EQ(all[id].size(), 1u) << id;
    EXPECT_EQ(all[id].at(0)["verdict"], "IE") << id;
    return all[id].at(0)["message"].get<std::string>();
  };
  EXPECT_EQ(message("no-source"), "job: missing field 'source'");
  EXPECT_EQ(message("no-language"), "job: missing field 'language'");
  EXPECT_EQ(message("huge"), "job: source is 307200 bytes, over the limit of 262144");
  EXPECT_EQ(message("martian"), "unknown language 'martian'");
  EXPECT_EQ(message("escape"),
            "job: problem name '../one' is not 1 to 64 of letters, digits, '_' and '-'");
  EXPECT_EQ(message("absent"), "unknown problem 'absent' (not under this worker's --problems)");
  EXPECT_EQ(message("old").rfind("problem 'one' is version ", 0), 0u);
  std::vector<std::string> nameless;
  for (const auto& r : all[""]) nameless.push_back(r["message"]);
  EXPECT_EQ(nameless, (std::vector<std::string>{"job: the 'job' field is not a JSON object",
                                                "job: the stream entry has no 'job' field"}));
  EXPECT_EQ(all["good"].at(0)["verdict"], "AC");
}

}  // namespace test
