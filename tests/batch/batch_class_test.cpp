// `judge batch` end to end on a generated class: the results equal a grading alone, the summary
// parses, a rerun grades nothing, --rejudge regrades, and a batch stopped by SIGTERM or killed
// by SIGKILL resumes to the same results with nothing left behind.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <fstream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>

#include "judge/batch/csv.h"
#include "judge/grader.h"
#include "judge/problem.h"
#include "judge/report.h"
#include "tests/batch/batch_process.h"
#include "tests/batch/class.h"
#include "tests/support/box.h"
#include "tests/support/host_state.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kProblems = fs::path(JUDGE_SOURCE_DIR) / "problems";
const std::string kCache = std::string(TEST_BUILD_DIR) + "/batch-cache";

std::vector<json> read_lines(const fs::path& file) {
  std::vector<json> lines;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
  return lines;
}

std::map<std::string, json> latest_by_id(const std::vector<json>& lines) {
  std::map<std::string, json> latest;
  for (const json& line : lines) latest[line["id"]] = line;
  return latest;
}

std::string verdict_of(const json& line) {
  return line.contains("error") ? "ERROR" : line["verdict"].get<std::string>();
}

// What must not depend on the run: verdicts, compile status, exit codes (not times, not whether
// the compile came from the cache).
json essentials(const json& report) {
  json out = {{"verdict", report["verdict"]},
              {"score", report.value("score", -1.0)},
              {"language", report["language"]},
              {"compile", report["compile"]["status"]},
              {"tests", json::array()}};
  for (const json& t : report["tests"])
    out["tests"].push_back({t["name"], t["verdict"], t["exit_code"], t["signal"]});
  return out;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

class BatchClass : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDirHolder>();
    class_ = test::generate_class(dir_->dir.path / "class", 40);
  }
  static void TearDownTestSuite() { dir_.reset(); }

  std::vector<std::string> args(const fs::path& out, std::vector<std::string> more = {}) const {
    std::vector<std::string> a{
        "batch",      class_.root.string(), "--problems", kProblems.string(), "--out",
        out.string(), "--cache-dir",        kCache,       "--jobs",           "2"};
    a.insert(a.end(), more.begin(), more.end());
    return a;
  }

  // The results, one line per id, each with its expected verdict.
  void expect_final_results(const fs::path& out) const {
    std::vector<json> lines = read_lines(out);
    std::map<std::string, json> latest = latest_by_id(lines);
    EXPECT_EQ(lines.size(), latest.size()) << "an id appears twice";
    ASSERT_EQ(latest.size(), class_.expected.size());
    for (const auto& [id, verdict] : class_.expected)
      EXPECT_EQ(verdict_of(latest[id]), verdict) << id << ": " << latest[id].dump();
    for (const auto& [id, score] : class_.scores) {
      EXPECT_EQ(latest[id].value("score", -1.0), score) << id;
      EXPECT_EQ(latest[id].value("max_score", -1.0), 100.0) << id;
    }
  }

  // The HTML page: a linked grid cell and a section per entry, and per problem its two charts.
  void expect_html_sections(const fs::path& html) const {
    std::ifstream in(html, std::ios::binary);
    std::string page((std::istreambuf_iterator<char>(in)), {});
    EXPECT_EQ(count(page, "<section class=\"submission\""), class_.expected.size());
    EXPECT_EQ(count(page, "<td id=\"cell-"), class_.expected.size());
    EXPECT_EQ(count(page, "<svg "), 2 * 4u) << "aplusb, divcount, nosuch, sort";
    EXPECT_NE(page.find("<a href=\"#sub-0\">AC</a>"), std::string::npos) << "student00/aplusb";
    EXPECT_EQ(count(page, "<table class=\"groups\">"), 40u) << "divcount's entries, CE included";
  }

  // What the summary's grid shows for `id`: "AC", or "WA 50/100" for a scored problem.
  std::string cell_text(const std::string& id) const {
    std::string text = class_.expected.at(id);
    auto score = class_.scores.find(id);
    if (score != class_.scores.end())
      text += " " + std::to_string(static_cast<int>(score->second)) + "/100";
    return text;
  }

  struct TempDirHolder {
    test::TempDir dir{"judge-batch-class"};
  };
  static inline std::unique_ptr<TempDirHolder> dir_;
  static inline test::GeneratedClass class_;
  test::TempDir run_dir_{"judge-batch-run"};
  fs::path work_ = run_dir_.path / "work", log_ = run_dir_.path / "judge.log";
  void SetUp() override { fs::create_directory(work_); }
};

TEST_F(BatchClass, ResultsEqualGradingAloneAndResumeSkipsThem) {
  fs::path out = run_dir_.path / "results.jsonl", csv = run_dir_.path / "grades.csv",
           html = run_dir_.path / "grades.html";
  ASSERT_EQ(test::run_judge(
                args(out, {"--summary", "csv", csv.string(), "--summary", "html", html.string()}),
                work_, log_),
            1)
      << "entries with errors make exit status 1";
  expect_final_results(out);
  judge::Grader grader(test::shared_sandbox(),
                       judge::Languages::load({judge::Languages::default_file()}), kCache);
  // Students who sent the same file get the same grading alone: each distinct file is graded
  // once, and every entry compared with it.
  std::map<std::pair<std::string, std::string>, json> alone;  // problem, source -> essentials
  for (const auto& [id, line] : latest_by_id(read_lines(out))) {
    if (line.contains("error")) continue;
    std::ifstream in(class_.sources.at(id), std::ios::binary);
    std::pair<std::string, std::string> key{line["problem"],
                                            std::string(std::istreambuf_iterator<char>(in), {})};
    if (!alone.count(key)) {
      auto problem = judge::load_problem(kProblems / key.first / "problem.toml");
      alone[key] = essentials(judge::report_json(grader.grade(problem, class_.sources.at(id), {})));
    }
    EXPECT_EQ(essentials(line), alone[key]) << id;
  }
  EXPECT_EQ(alone.size(), 25u) << "distinct files graded alone (the CE ones included)";
  std::ifstream csv_in(csv, std::ios::binary);
  std::string csv_text((std::istreambuf_iterator<char>(csv_in)), {});
  auto rows = judge::batch::parse_csv(csv_text, csv.string());
  ASSERT_GT(rows.size(), 41u);
  for (const auto& row : rows) EXPECT_EQ(row.fields.size(), rows[0].fields.size()) << row.line;
  // Each student's cells hold the expected verdicts, under the problem's column.
  std::size_t cells = 0;
  for (const auto& row : rows)
    for (std::size_t c = 1; c < rows[0].fields.size(); ++c) {
      auto it = class_.expected.find(row.fields[0] + "/" + rows[0].fields[c]);
      if (it != class_.expected.end()) {
        EXPECT_EQ(row.fields[c], cell_text(it->first)) << it->first;
        ++cells;
      }
    }
  EXPECT_EQ(cells, class_.expected.size()) << "every entry has its cell";
  expect_html_sections(html);
  EXPECT_EQ(rows[0].fields[0], "who");
  EXPECT_TRUE(fs::is_empty(work_)) << "work directories are removed";
  // A student's link to a file of the host is refused, and nothing of that file is reported.
  std::ifstream out_in(out, std::ios::binary);
  std::string out_text((std::istreambuf_iterator<char>(out_in)), {});
  EXPECT_EQ(out_text.find("kSecretOfTheHost"), std::string::npos);
  std::string link_error = latest_by_id(read_lines(out)).at("zz-link/aplusb").value("error", "");
  EXPECT_NE(link_error.find("a symbolic link, not read"), std::string::npos) << link_error;

  std::size_t graded = read_lines(out).size();
  ASSERT_EQ(test::run_judge(args(out), work_, log_), 1);
  EXPECT_EQ(read_lines(out).size(), graded) << "a second run grades nothing new";
  ASSERT_EQ(test::run_judge(args(out, {"--rejudge", "--quiet"}), work_, log_), 1);
  EXPECT_EQ(read_lines(out).size(), 2 * graded) << "--rejudge grades every entry again";
  std::map<std::string, json> first, second;
  auto lines = read_lines(out);
  for (std::size_t i = 0; i < graded; ++i) first[lines[i]["id"]] = lines[i];
  for (std::size_t i = graded; i < lines.size(); ++i) second[lines[i]["id"]] = lines[i];
  EXPECT_EQ(first.size(), second.size());
  for (const auto& [id, line] : first) EXPECT_EQ(verdict_of(second[id]), verdict_of(line)) << id;
}

// Whole lines only: every line parses and the file ends with a newline.
void expect_whole_lines(const fs::path& out) {
  std::ifstream in(out, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text.back(), '\n');
  EXPECT_NO_THROW(read_lines(out));
}

// Stops a batch with `signal` once its first result is written, checks how it ended, then lets a
// second run finish the work; neither may leave anything behind.
void stop_and_resume(const std::vector<std::string>& args, int signal, const fs::path& out,
                     const fs::path& work, const fs::path& log) {
  test::HostState before = test::HostState::capture();
  pid_t pid = test::start_judge(args, work, log);
  ASSERT_GT(pid, 0);
  ASSERT_TRUE(test::wait_for_first_line(out, pid)) << "the batch ended before its first line";
  ::kill(pid, signal);
  int status = test::wait_judge(pid);
  if (signal == SIGTERM) {
    ASSERT_TRUE(WIFEXITED(status)) << status;
    EXPECT_EQ(WEXITSTATUS(status), 143);
    EXPECT_EQ(test::leftovers_of(pid, work), "") << "a clean stop leaves nothing";
    expect_whole_lines(out);
  } else {
    ASSERT_TRUE(WIFSIGNALED(status));
  }
  pid_t resumed = test::start_judge(args, work, log);
  status = test::wait_judge(resumed);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 1) << "entries with errors make exit status 1";
  // An IE here was once the sandbox's (a box cloned while another's exec pipe was open held it:
  // sandbox.cpp, spawn_mutex); none is expected.
  for (const auto& [id, line] : latest_by_id(read_lines(out)))
    EXPECT_NE(line.value("verdict", ""), "IE") << id << ": " << line["message"];
  EXPECT_EQ(test::leftovers_of(pid, work), "") << "the resumed run swept what the first left";
  EXPECT_EQ(test::leftovers_of(resumed, work), "");
  EXPECT_EQ(test::leftovers(before, test::HostState::capture()), "");
  expect_whole_lines(out);
}

TEST_F(BatchClass, SigtermStopsCleanlyAndTheNextRunFinishes) {
  fs::path out = run_dir_.path / "results.jsonl";
  stop_and_resume(args(out), SIGTERM, out, work_, log_);
  expect_final_results(out);
}

TEST_F(BatchClass, SigkillLosesOnlyWhatWasInFlight) {
  fs::path out = run_dir_.path / "results.jsonl";
  stop_and_resume(args(out), SIGKILL, out, work_, log_);
  expect_final_results(out);
}

}  // namespace
