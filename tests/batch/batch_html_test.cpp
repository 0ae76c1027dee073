// `judge batch --summary html` in a real browser: a small class whose names, file names, program
// output and compile logs carry markup; headless Chromium loads the page, and its DOM must hold
// the grid with the known verdicts and none of the injected elements.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <iterator>

#include "tests/batch/batch_process.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

const fs::path kProblems = fs::path(JUDGE_SOURCE_DIR) / "problems";
const std::string kCache = std::string(TEST_BUILD_DIR) + "/batch-cache";
const char* const kChromium = "/usr/bin/chromium";

// Names that are markup. '/' cannot be in a file name, so the closing tags come in through the
// contents: a program's output (the checker's message) and a source the compiler echoes.
const std::string kEvilWho = "<img src=x onerror=alert(1)>";
const std::string kEvilProblem = "p&\"<i>q";

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

void copy_sample(const fs::path& to, const std::string& problem, const std::string& sample) {
  fs::create_directories(to.parent_path());
  fs::copy_file(kProblems / problem / "submissions" / sample, to);
}

// Ten entries: AC, WA, CE, RE, an unknown problem, and the markup above in every field.
void write_class(const fs::path& root) {
  fs::create_directories(root / "problems");
  fs::copy(kProblems / "aplusb", root / "problems" / "aplusb", fs::copy_options::recursive);
  fs::copy(kProblems / "aplusb", root / "problems" / kEvilProblem, fs::copy_options::recursive);
  fs::path c = root / "class";
  copy_sample(c / "alice/aplusb.py", "aplusb", "accepted/main.py");
  copy_sample(c / "alice" / (kEvilProblem + ".c"), "aplusb", "accepted/main.c");
  copy_sample(c / "bob/aplusb.c", "aplusb", "wrong_answer/off_by_one.c");
  copy_sample(c / "bob" / (kEvilProblem + ".py"), "aplusb", "run_time_error/exit_code.py");
  copy_sample(c / "carol/aplusb.py", "aplusb", "accepted/main.py");
  write(c / kEvilWho / "aplusb.py", "print('<script>alert(2)</script>')\n");
  write(c / kEvilWho / (kEvilProblem + ".cpp"),
        "int main() { return \"</style><script>alert(3)</script>\"; }\n");
  copy_sample(c / "dave/aplusb.py", "aplusb", "wrong_answer/via_double.py");
  write(c / "dave/<b>nosuch.py", "print(1)\n");
  copy_sample(c / "erin/aplusb.c", "aplusb", "accepted/main.c");
}

// The grid row of `who`: from `<th ...>who</th>` to its `</tr>`.
std::string row_of(const std::string& dom, const std::string& who) {
  std::size_t row = dom.find(">" + who + "</th><td");
  if (row == std::string::npos) return "";
  std::size_t end = dom.find("</tr>", row);
  return dom.substr(row, end - row);
}

struct BatchHtml : ::testing::Test {
  test::TempDir dir{"judge-batch-html"};
  fs::path work = dir.path / "work", log = dir.path / "judge.log", page = dir.path / "page.html";
  void SetUp() override {
    fs::create_directory(work);
    write_class(dir.path);
    std::vector<std::string> args{"batch",
                                  (dir.path / "class").string(),
                                  "--problems",
                                  (dir.path / "problems").string(),
                                  "--out",
                                  (dir.path / "r.jsonl").string(),
                                  "--summary",
                                  "html",
                                  page.string(),
                                  "--cache-dir",
                                  kCache,
                                  "--jobs",
                                  "2"};
    ASSERT_EQ(test::run_judge(args, work, log), 1) << "the unknown problem is an error\n"
                                                   << read(log);
  }
};

TEST_F(BatchHtml, TheFileHoldsEveryInjectionEscaped) {
  std::string html = read(page);
  for (const char* raw : {"<script", "<img", "<i>", "<b>", "alert(3)</script>"})
    EXPECT_EQ(html.find(raw), std::string::npos) << raw;
  EXPECT_NE(html.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos) << "who";
  EXPECT_NE(html.find("p&amp;&quot;&lt;i&gt;q"), std::string::npos) << "problem";
  EXPECT_NE(html.find("&lt;script&gt;alert(2)&lt;/script&gt;"), std::string::npos) << "output";
  EXPECT_NE(html.find("&lt;/style&gt;&lt;script&gt;alert(3)"), std::string::npos) << "compile log";
  EXPECT_NE(html.find("&lt;b&gt;nosuch"), std::string::npos) << "an entry's error";
}

TEST_F(BatchHtml, ChromiumShowsTheGridAndNoInjectedElement) {
  if (::access(kChromium, X_OK) != 0)
    GTEST_SKIP() << kChromium << " is not installed (apt-get install chromium): no browser check";
  // Chromium's profile, caches and crash reports go into the test's folder, not the home.
  fs::path home = dir.path / "home", dom = dir.path / "dom.html";
  fs::create_directories(home);
  std::vector<std::string> env{"HOME=" + home.string(), "XDG_CONFIG_HOME=" + home.string(),
                               "XDG_CACHE_HOME=" + home.string()};
  pid_t pid = test::spawn(
      kChromium,
      {"--headless", "--no-sandbox", "--disable-gpu",
       "--user-data-dir=" + (home / "profile").string(), "--dump-dom", "file://" + page.string()},
      env, dom, dir.path / "chromium.err");
  ASSERT_GT(pid, 0);
  int status = test::wait_judge(pid);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << read(dir.path / "chromium.err");
  std::string text = read(dom);
  ASSERT_NE(text.find("<table id=\"grid\">"), std::string::npos) << text.substr(0, 2000);
  // Columns: "<b>nosuch" (only dave has it), aplusb, the markup problem; then the totals. Entries
  // are numbered in id order, where the markup name comes first.
  std::string alice = row_of(text, "alice"), bob = row_of(text, "bob");
  EXPECT_NE(alice.find("<td></td><td id=\"cell-"), std::string::npos) << alice;
  EXPECT_NE(alice.find("class=\"v-AC\"><a href=\"#sub-2\">AC</a></td><td id=\"cell-3\" "
                       "class=\"v-AC\"><a href=\"#sub-3\">AC</a></td><td class=\"num\">2</td>"),
            std::string::npos)
      << alice;
  EXPECT_NE(bob.find(">WA</a></td><td id=\"cell-5\" class=\"v-RE\"><a href=\"#sub-5\">RE</a>"),
            std::string::npos)
      << bob;
  std::string evil = row_of(text, "&lt;img src=x onerror=alert(1)&gt;");
  EXPECT_NE(evil.find(">WA</a></td><td id=\"cell-"), std::string::npos)
      << "the markup is a name in the DOM: " << evil;
  EXPECT_NE(evil.find(">CE</a></td><td class=\"num\">0</td>"), std::string::npos) << evil;
  for (const char* element : {"<script", "<img", "<i>", "<b>"})
    EXPECT_EQ(text.find(element), std::string::npos) << element << " became an element";
}

}  // namespace
