// The pieces of `judge batch` that need no box: CSV, manifests, discovery, the results log,
// resume keys and summaries (text and HTML).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "judge/batch/csv.h"
#include "judge/batch/discover.h"
#include "judge/batch/manifest.h"
#include "judge/batch/problem_catalog.h"
#include "judge/batch/result_log.h"
#include "judge/batch/resume_key.h"
#include "judge/batch/summary.h"
#include "judge/batch/summary_html.h"
#include "judge/errors.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
namespace batch = judge::batch;

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(BatchCsv, ParsesQuotedFieldsAcrossLines) {
  auto records = batch::parse_csv("a,b\r\n\"x,1\",\"say \"\"hi\"\"\nthere\"\n\nlast,\n", "m.csv");
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[1].fields, (std::vector<std::string>{"x,1", "say \"hi\"\nthere"}));
  EXPECT_EQ(records[2].line, 5u);
  EXPECT_EQ(records[2].fields, (std::vector<std::string>{"last", ""}));
}

TEST(BatchCsv, AnOpenQuoteNamesItsLine) {
  try {
    batch::parse_csv("a\n\"open\n", "m.csv");
    FAIL();
  } catch (const judge::InputError& e) {
    EXPECT_STREQ(e.what(), "m.csv:2: a quoted field is not closed");
  }
}

TEST(BatchCsv, FieldsAreQuotedAndFormulasDefused) {
  EXPECT_EQ(batch::csv_field("plain"), "plain");
  EXPECT_EQ(batch::csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(batch::csv_field("say \"x\""), "\"say \"\"x\"\"\"");
  EXPECT_EQ(batch::csv_field("=1+1"), "'=1+1");
  EXPECT_EQ(batch::csv_field("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(batch::csv_field("-2,3"), "\"'-2,3\"");
  EXPECT_EQ(batch::csv_row({"a", "b\nc"}), "a,\"b\nc\"\r\n");
}

TEST(BatchManifest, CsvAndJsonLinesGiveTheSameEntries) {
  test::TempDir dir("batch-manifest");
  write(dir.path / "m.csv",
        "problem,id,submission,language\naplusb,s1,a/x.cpp,\nsort,s2,/abs/y.py,py3\n");
  write(dir.path / "m.jsonl",
        "{\"id\":\"s1\",\"problem\":\"aplusb\",\"submission\":\"a/x.cpp\"}\n\n"
        "{\"id\":\"s2\",\"problem\":\"sort\",\"submission\":\"/abs/y.py\",\"language\":\"py3\"}\n");
  for (const char* name : {"m.csv", "m.jsonl"}) {
    auto entries = batch::read_manifest(dir.path / name);
    ASSERT_EQ(entries.size(), 2u) << name;
    EXPECT_EQ(entries[0].id, "s1");
    EXPECT_EQ(entries[0].who, "s1");
    EXPECT_EQ(entries[0].submission, dir.path / "a/x.cpp");
    EXPECT_FALSE(entries[0].language);
    EXPECT_EQ(entries[1].submission, "/abs/y.py");
    EXPECT_EQ(entries[1].language, "py3");
  }
}

TEST(BatchManifest, ABadLineNamesFileLineAndField) {
  test::TempDir dir("batch-manifest");
  auto expect_error = [&](const std::string& name, const std::string& text,
                          const std::string& message) {
    write(dir.path / name, text);
    try {
      batch::read_manifest(dir.path / name);
      ADD_FAILURE() << name;
    } catch (const judge::InputError& e) {
      EXPECT_EQ(e.what(), (dir.path / name).string() + ":" + message);
    }
  };
  expect_error("a.csv", "id,problem,submission\ns1,,x.cpp\n", "2: problem: missing or empty");
  expect_error("b.csv", "id,problem,file\n",
               "1: unknown column 'file' (id, problem, submission, language, who)");
  expect_error("c.jsonl", "{\"id\":\"s\",\"problem\":\"p\",\"submission\":\"x\"}\n[1]\n",
               "2: not a JSON object");
  expect_error("d.jsonl", "{\"id\":7}\n", "1: id: expected a string");
  expect_error("e.csv", "id,problem,submission\ns,p,x\ns,p,y\n", " id: 's' appears twice");
}

TEST(BatchDiscover, BothLayoutsAndTheirErrors) {
  test::TempDir dir("batch-discover");
  fs::path problems = fs::path(JUDGE_SOURCE_DIR) / "problems";
  auto catalog = batch::ProblemCatalog::from_dir(problems);
  write(dir.path / "who/ann/aplusb.cpp", "");
  write(dir.path / "who/ann/nosuch.cpp", "");
  write(dir.path / "who/bo/sort.py", "");
  write(dir.path / "who/bo/sort.c", "");
  write(dir.path / "who/.git/x", "");
  EXPECT_EQ(batch::detect_layout(dir.path / "who", catalog), batch::Layout::WhoFirst);
  auto entries = batch::discover_folder(dir.path / "who", batch::Layout::WhoFirst, catalog);
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].id, "ann/aplusb");
  EXPECT_EQ(entries[0].error, "");
  EXPECT_EQ(entries[1].error, "unknown problem 'nosuch' (not in --problems)");
  EXPECT_NE(entries[2].error.find("more than one submission for bo/sort"), std::string::npos);
  write(dir.path / "prob/aplusb/ann.cpp", "");
  write(dir.path / "prob/sort/ann.py", "");
  EXPECT_EQ(batch::detect_layout(dir.path / "prob", catalog), batch::Layout::ProblemFirst);
  entries = batch::discover_folder(dir.path / "prob", batch::Layout::ProblemFirst, catalog);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[1].who, "ann");
  EXPECT_EQ(entries[1].problem, "sort");
}

TEST(BatchResultLog, ATornLastLineIsCutAndTheLatestLineWins) {
  test::TempDir dir("batch-log");
  fs::path file = dir.path / "r.jsonl";
  write(file, "{\"id\":\"a\",\"key\":\"1\"}\n{\"id\":\"a\",\"key\":\"2\"}\n{\"id\":\"b\",\"ke");
  {
    batch::ResultLog log(file);
    EXPECT_TRUE(log.done("a", "2"));
    EXPECT_FALSE(log.done("a", "1"));
    EXPECT_FALSE(log.latest("b"));
    log.append({{"id", "b"}, {"key", "3"}});
    EXPECT_TRUE(log.done("b", "3"));
  }
  EXPECT_EQ(
      read(file),
      "{\"id\":\"a\",\"key\":\"1\"}\n{\"id\":\"a\",\"key\":\"2\"}\n{\"id\":\"b\",\"key\":\"3\"}\n");
  write(file, "{\"id\":\"c\",\"key\":\"4\",\"verdict\":\"IE\"}\n");
  EXPECT_FALSE(batch::ResultLog(file).done("c", "4")) << "IE is graded again";
  write(file, "not json\n{\"id\":\"a\",\"key\":\"1\"}\n");
  EXPECT_THROW(batch::ResultLog{file}, judge::InputError);
}

// Lines are not kept in memory but read back from the file: what was read at the start and what
// was appended since, briefly for progress and summaries, whole for the HTML page.
TEST(BatchResultLog, LinesAreReadBackBriefOrWhole) {
  test::TempDir dir("batch-log");
  fs::path file = dir.path / "r.jsonl";
  write(file, "{\"id\":\"a\",\"key\":\"1\",\"verdict\":\"WA\",\"tests\":[1,2]}\n");
  batch::ResultLog log(file);
  nlohmann::json b = {{"id", "b"},       {"key", "2"},      {"who", "bo"},
                      {"verdict", "AC"}, {"max_cpu_ms", 7}, {"compile", {{"log", "x"}}}};
  log.append(b);
  log.append({{"id", "a"}, {"key", "3"}, {"verdict", "IE"}});
  EXPECT_EQ(*log.latest("b"),
            (nlohmann::json{
                {"id", "b"}, {"key", "2"}, {"who", "bo"}, {"verdict", "AC"}, {"max_cpu_ms", 7}}));
  EXPECT_EQ(log.latest("a")->value("verdict", ""), "IE") << "the latest line of a";
  EXPECT_FALSE(log.done("a", "3")) << "IE";
  EXPECT_TRUE(log.done("b", "2"));
  auto whole = log.full_lines({"b", "nosuch", "a"});
  ASSERT_EQ(whole.size(), 2u);
  EXPECT_EQ(whole[0], b);
  EXPECT_EQ(whole[1]["key"], "3");
}

TEST(BatchResultLog, OneWriterAtATime) {
  test::TempDir dir("batch-log");
  batch::ResultLog first(dir.path / "r.jsonl");
  try {
    batch::ResultLog second(dir.path / "r.jsonl");
    FAIL() << "two logs on one file";
  } catch (const judge::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("is in use by another process"), std::string::npos)
        << e.what();
  }
}

TEST(BatchResumeKey, ChangesWithEachPart) {
  auto problem = judge::load_problem(fs::path(JUDGE_SOURCE_DIR) / "problems/aplusb/problem.toml");
  std::string version = batch::problem_version(problem);
  EXPECT_EQ(version, batch::problem_version(problem));
  std::string key = batch::resume_key("int main(){}", version, "cpp");
  EXPECT_NE(key, batch::resume_key("int main(){} ", version, "cpp"));
  EXPECT_NE(key, batch::resume_key("int main(){}", version, "c"));
  problem.tests.pop_back();
  EXPECT_NE(key, batch::resume_key("int main(){}", batch::problem_version(problem), "cpp"));
}

// Files the problem does not name can still change verdicts (a grader, a package's
// testdata.yaml): they are in the version; its example submissions are not.
TEST(BatchResumeKey, VersionCoversTheProblemsFilesButNotItsSubmissions) {
  test::TempDir dir("batch-version");
  fs::path problem_dir = dir.path / "aplusb";
  fs::copy(fs::path(JUDGE_SOURCE_DIR) / "problems/aplusb", problem_dir,
           fs::copy_options::recursive);
  auto version = [&] {
    return batch::problem_version(judge::load_problem(problem_dir / "problem.toml"));
  };
  std::string before = version();
  std::ofstream(problem_dir / "submissions/accepted/new.py") << "print(3)\n";
  EXPECT_EQ(version(), before);
  std::ofstream(problem_dir / "grader.h") << "// a header the problem's files include\n";
  std::string with_header = version();
  EXPECT_NE(with_header, before);
  fs::create_symlink("grader.h", problem_dir / "link.h");
  EXPECT_NE(version(), with_header);
}

// A folder and a zip of the same name: an error for that name, not whichever is listed last.
TEST(BatchProblems, TwoProblemsOfOneNameAreAnError) {
  test::TempDir dir("batch-names");
  fs::copy(fs::path(JUDGE_SOURCE_DIR) / "problems/aplusb", dir.path / "foo",
           fs::copy_options::recursive);
  fs::copy(fs::path(JUDGE_SOURCE_DIR) / "problems/aplusb", dir.path / "bar",
           fs::copy_options::recursive);
  std::ofstream(dir.path / "foo.zip") << "not even a zip";
  auto catalog = batch::ProblemCatalog::from_dir(dir.path);
  ASSERT_NE(catalog.find("foo"), nullptr);
  EXPECT_EQ(catalog.find("foo")->error, "two problems named 'foo' in " + dir.path.string());
  ASSERT_NE(catalog.find("bar"), nullptr);
  EXPECT_EQ(catalog.find("bar")->error, "");
}

TEST(BatchSummary, GridTotalsAndStatistics) {
  std::vector<nlohmann::json> lines{
      {{"who", "ann"}, {"problem", "p"}, {"verdict", "AC"}, {"max_cpu_ms", 5}},
      {{"who", "ann"}, {"problem", "q"}, {"verdict", "WA"}, {"score", 40}, {"max_score", 100}},
      {{"who", "=bo,x"}, {"problem", "p"}, {"verdict", "AC"}, {"max_cpu_ms", 9}},
      {{"who", "=bo,x"}, {"problem", "q"}, {"error", "unknown problem"}}};
  auto summary = batch::summarize(lines);
  EXPECT_EQ(summary.stats["p"].accepted, 2u);
  EXPECT_EQ(summary.stats["p"].slowest_ac_ms, 9u);
  EXPECT_EQ(summary.stats["p"].slowest_ac_who, "=bo,x");
  EXPECT_EQ(batch::summary_csv(summary),
            "who,p,q,accepted,score\r\n"
            "\"'=bo,x\",AC,ERROR,1,\r\n"
            "ann,AC,WA 40/100,1,40\r\n"
            "(AC count),2,0,,\r\n"
            "(verdict AC),2,0,,\r\n"
            "(verdict ERROR),0,1,,\r\n"
            "(verdict WA),0,1,,\r\n"
            "(slowest AC ms),9,,,\r\n");
  auto json = batch::summary_json(summary);
  EXPECT_EQ(json["people"][1]["cells"]["q"]["score"], 40);
  EXPECT_EQ(json["problems"][0]["histogram"]["AC"], 2);
  EXPECT_NE(batch::summary_markdown(summary).find("| ann | AC | WA 40/100 | 1 | 40 |"),
            std::string::npos);
}

TEST(BatchSummaryHtml, EscapeCoversTextAndQuotedAttributes) {
  EXPECT_EQ(batch::html_escape("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(batch::html_escape("plain text, 40/100"), "plain text, 40/100");
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// Every untrusted field of a results line holds markup; the page must show it as text.
TEST(BatchSummaryHtml, UntrustedTextIsEscapedInEveryField) {
  const std::string evil = "<script>alert(1)</script>\"&</style><img src=x onerror=alert(2)>";
  using nlohmann::json;
  json test = {{"name", evil},      {"verdict", "WA"}, {"cpu_ms", 3},
               {"memory_kib", 900}, {"message", evil}, {"score", 0}};
  json graded = {{"id", evil + "/" + evil},
                 {"who", evil},
                 {"problem", evil},
                 {"path", evil},
                 {"language", evil},
                 {"verdict", "WA"},
                 {"message", evil},
                 {"compile", {{"status", "OK"}, {"log", evil}}},
                 {"tests", json::array({test})},
                 {"groups", json::array({{{"name", evil},
                                          {"verdict", "WA"},
                                          {"score", 0},
                                          {"max_score", 10},
                                          {"message", evil}}})},
                 {"max_cpu_ms", 3},
                 {"max_memory_kib", 900},
                 {"score", 0},
                 {"max_score", 10}};
  json broken = {
      {"id", "b/" + evil}, {"who", "b"}, {"problem", evil}, {"path", evil}, {"error", evil}};
  std::vector<json> lines{graded, broken};
  std::string page = batch::summary_html(batch::summarize(lines), lines);
  EXPECT_EQ(count(page, "<script"), 0u);
  EXPECT_EQ(count(page, "<img"), 0u);
  EXPECT_EQ(count(page, "</style>"), 1u) << "only the page's own style element ends";
  EXPECT_EQ(count(page, "alert(1)"), count(page, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  // who, problem (grid header, section, stats, both entries), id, path, language, message, test
  // name and message, group name and message, compile log, error, scatter label: all of them.
  EXPECT_GE(count(page, batch::html_escape(evil)), 17u);
  EXPECT_NE(page.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                      "'none'; style-src 'unsafe-inline'"),
            std::string::npos);
}

TEST(BatchSummaryHtml, CellsLinkToTheirSubmissionAndLongLogsAreCut) {
  using nlohmann::json;
  json ac = {{"id", "ann/p"},
             {"who", "ann"},
             {"problem", "p"},
             {"verdict", "AC"},
             {"compile", {{"status", "OK"}, {"log", std::string(20000, 'x') + "TAIL"}}},
             {"tests", json::array()},
             {"max_cpu_ms", 1}};
  std::vector<json> lines{ac};
  std::string page = batch::summary_html(batch::summarize(lines), lines);
  EXPECT_NE(page.find("<td id=\"cell-0\" class=\"v-AC\"><a href=\"#sub-0\">AC</a></td>"),
            std::string::npos);
  EXPECT_NE(page.find("<section class=\"submission\" id=\"sub-0\">"), std::string::npos);
  EXPECT_EQ(page.find("TAIL"), std::string::npos);
  EXPECT_NE(page.find("[... 3620 more bytes]"), std::string::npos);
}

}  // namespace
