// `judge batch`'s other forms (a manifest, --problem with files), its command-line errors, and
// the CPU pin of its workers' boxes.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>

#include "base/cpus.h"
#include "tests/batch/batch_process.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kProblems = fs::path(JUDGE_SOURCE_DIR) / "problems";
const std::string kCache = std::string(TEST_BUILD_DIR) + "/batch-cache";

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::map<std::string, json> results(const fs::path& file) {
  std::map<std::string, json> by_id;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    json j = json::parse(line);
    by_id[j["id"]] = j;
  }
  return by_id;
}

struct BatchCli : ::testing::Test {
  test::TempDir dir{"judge-batch-cli"};
  fs::path work = dir.path / "work", log = dir.path / "judge.log", out = dir.path / "r.jsonl";
  void SetUp() override { fs::create_directory(work); }
  int run(std::vector<std::string> args) {
    args.insert(args.begin(), "batch");
    args.insert(args.end(), {"--cache-dir", kCache});
    return test::run_judge(args, work, log);
  }
};

TEST_F(BatchCli, ACsvManifestGradesItsRowsAndReportsABadLanguage) {
  std::ofstream(dir.path / "m.csv")
      << "id,who,problem,submission,language\n"
      << "s1,\"Doe, Jane\",aplusb," << (kProblems / "aplusb/submissions/accepted/main.py").string()
      << ",\n"
      << "s2,Bo,sort," << (kProblems / "sort/submissions/accepted/qsort.c").string() << ",cobol\n";
  EXPECT_EQ(run({"--manifest", (dir.path / "m.csv").string(), "--problems", kProblems.string(),
                 "--out", out.string()}),
            1)
      << read(log);
  auto by_id = results(out);
  ASSERT_EQ(by_id.size(), 2u) << read(out);
  EXPECT_EQ(by_id["s1"]["verdict"], "AC");
  EXPECT_EQ(by_id["s1"]["who"], "Doe, Jane");
  EXPECT_EQ(by_id["s2"]["error"], "unknown language 'cobol'");
  EXPECT_TRUE(fs::is_empty(work));
}

TEST_F(BatchCli, BadCommandLinesAndManifestLinesAreExitTwo) {
  std::string problems = kProblems.string();
  EXPECT_EQ(run({"--problems", problems, dir.path.string()}), 2);
  EXPECT_NE(read(log).find("--out FILE is required"), std::string::npos) << read(log);
  EXPECT_EQ(run({"--problems", problems, dir.path.string(), "--out", out.string(), "--summary",
                 "xls", "g.xls"}),
            2);
  EXPECT_EQ(run({"--problems", problems, dir.path.string(), "--out", out.string(), "--layout",
                 "sideways"}),
            2);
  EXPECT_NE(read(log).find("--layout must be auto, who/problem or problem/who"), std::string::npos);
  std::ofstream(dir.path / "m.jsonl")
      << "{\"id\":\"a\",\"problem\":\"aplusb\",\"submission\":\"x\"}\n"
      << "{\"id\":\"b\",\"problem\":\"aplusb\"}\n";
  EXPECT_EQ(run({"--manifest", (dir.path / "m.jsonl").string(), "--problems", problems, "--out",
                 out.string()}),
            2);
  EXPECT_NE(read(log).find("m.jsonl:2: submission: missing or empty"), std::string::npos)
      << read(log);
  EXPECT_FALSE(fs::exists(out)) << "nothing is graded after a bad manifest";
}

// A Python program that prints the CPUs it may run on: its WA message shows them, and each
// box must see exactly one.
TEST_F(BatchCli, EachWorkersBoxesRunOnOneCpu) {
  std::vector<int> cpus = base::allowed_cpus();
  if (cpus.size() < 2) GTEST_SKIP() << "one CPU: nothing to pin apart";
  std::vector<std::string> args{"--problem", (kProblems / "aplusb/problem.toml").string(),
                                "--out",     out.string(),
                                "--jobs",    "2"};
  for (const char* who : {"a", "b", "c", "d"}) {
    fs::path file = dir.path / (std::string(who) + ".py");
    // One token, "cpu0" or "cpu0,1": never an answer, and a set of CPUs shows whole.
    std::ofstream(file)
        << "import os\nprint('cpu' + ','.join(map(str, sorted(os.sched_getaffinity(0)))))\n";
    args.push_back(file.string());
  }
  EXPECT_EQ(run(args), 0) << read(log);
  std::set<std::string> allowed;
  for (int cpu : cpus) allowed.insert(std::to_string(cpu));
  // The WA message ends "found 'cpuLIST'": the CPUs the program could run on.
  const std::string marker = "found 'cpu";
  for (const auto& [id, line] : results(out)) {
    std::string message = line["message"];
    std::size_t at = message.rfind(marker);
    ASSERT_TRUE(at != std::string::npos && message.back() == '\'') << id << ": " << message;
    std::string list = message.substr(at + marker.size(), message.size() - at - marker.size() - 1);
    EXPECT_TRUE(allowed.count(list)) << "one allowed CPU, not " << list;
  }
}

// Four students hand in the same C++ file; two workers start on two of them at once. The gate
// makes one compile and the other three take the program from the (fresh) cache.
TEST_F(BatchCli, IdenticalSourcesCompileOnce) {
  std::vector<std::string> args{
      "batch", "--problem",   (kProblems / "aplusb/problem.toml").string(),
      "--out", out.string(),  "--jobs",
      "2",     "--cache-dir", (dir.path / "cache").string()};
  for (const char* who : {"a", "b", "c", "d"}) {
    fs::path file = dir.path / (std::string(who) + ".cpp");
    fs::copy_file(kProblems / "aplusb/submissions/accepted/main.cpp", file);
    args.push_back(file.string());
  }
  ASSERT_EQ(test::run_judge(args, work, log), 0) << read(log);
  int compiled = 0;
  for (const auto& [id, line] : results(out)) {
    EXPECT_EQ(line["verdict"], "AC") << id;
    compiled += line["compile"]["cached"] == false;
  }
  EXPECT_EQ(compiled, 1);
}

// A summary is written under a temporary name and renamed over FILE: a link planted at FILE is
// replaced, and the file it named is left as it was.
TEST_F(BatchCli, ASummaryReplacesALinkInsteadOfWritingThroughIt) {
  fs::path victim = dir.path / "victim.txt", summary = dir.path / "grades.csv";
  std::ofstream(victim) << "keep me\n";
  fs::create_symlink(victim, summary);
  fs::path file = dir.path / "ann.py";
  fs::copy_file(kProblems / "aplusb/submissions/accepted/main.py", file);
  ASSERT_EQ(run({"--problem", (kProblems / "aplusb/problem.toml").string(), file.string(), "--out",
                 out.string(), "--summary", "csv", summary.string()}),
            0)
      << read(log);
  EXPECT_EQ(read(victim), "keep me\n");
  EXPECT_FALSE(fs::is_symlink(summary));
  EXPECT_EQ(read(summary),
            "who,aplusb,accepted,score\r\nann,AC,1,\r\n(AC count),1,,\r\n"
            "(verdict AC),1,,\r\n(slowest AC ms)," +
                std::to_string(results(out)["ann/aplusb"]["max_cpu_ms"].get<int>()) + ",,\r\n");
  for (const auto& e : fs::directory_iterator(dir.path))
    EXPECT_EQ(e.path().filename().string().find(".tmp-"), std::string::npos) << e.path();
}

}  // namespace
