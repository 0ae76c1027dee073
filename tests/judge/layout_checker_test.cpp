// The line-aware built-in checkers (layout lines, nonblank, nonempty, exact) as the formats that
// use them map onto them: CMS's white-diff, DMOJ's standard and floats, Kattis's default output
// validator with and without space_change_sensitive, and testlib's lcmp. Each row's verdict is the
// one the real checker gives (cms/grading/steps/whitediff.py, dmoj/checkers/_checker.c and
// floats.py, problemtools' default_validator.cc, testlib's lcmp.cpp; docs/package-formats.md).
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "judge/check_output.h"
#include "judge/checker.h"
#include "judge/errors.h"
#include "judge/package/dmoj_checker.h"
#include "judge/package/kattis_flags.h"
#include "judge/package/load_any.h"
#include "judge/package/testlib_checkers.h"
#include "judge/problem.h"
#include "judge/text_source.h"
#include "tests/package/package_files.h"
#include "tests/support/problem_files.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using judge::CheckerSpec;
using judge::CheckerType;
using judge::Layout;

struct Row {
  const char* output;
  const char* answer;
  // The verdict of each format's checker, in the order of Format: A accepted, W rejected, - not
  // asked (the float rows are for the float checkers; lcmp differs on a lone '\r' and '\v').
  const char* verdicts;
  const char* what;
};

enum Format { kCms, kDmojStandard, kDmojFloats, kKattis, kKattisSpace, kKattisSpaceFloat, kLcmp };

// Generated from the checkers' sources: CMS's white-diff, DMOJ's standard and floats (precision
// 6), Kattis's default validator without flags, with space_change_sensitive, and with it and
// float_tolerance 1e-6, testlib's lcmp.
const Row kRows[] = {
    {"1 2\n3\n", "1 2\n3\n", "AAAAAAA", "same"},
    {"1\n2 3\n", "1 2\n3\n", "WWWAWWW", "right tokens on the wrong lines"},
    {"1 2 3\n", "1 2\n3\n", "WWWAWWW", "two lines joined"},
    {"1 2\n\n3\n", "1 2\n3\n", "WAAAWWW", "extra blank line in the middle"},
    {"1 2\n \n3\n", "1 2\n3\n", "WAWAWWW", "extra line of spaces in the middle"},
    {"1 2\n3\n\n\n", "1 2\n3\n", "AAAAWWA", "trailing blank lines"},
    {"1 2\n3\n \n\t\n", "1 2\n3\n", "AAWAWWA", "trailing lines of whitespace"},
    {"1 2\n3\n", "1 2\n3\n\n\n", "AAAAWWA", "answer's trailing blank lines"},
    {"1 2\n3", "1 2\n3\n", "AAAAWWA", "missing final newline"},
    {"1 2\n3\n", "1 2\n3", "AAAAWWA", "extra final newline"},
    {"1  2 \n3\t\n", "1 2\n3\n", "AAAAWWA", "trailing and doubled spaces"},
    {" 1 2\n3\n", "1 2\n3\n", "AAAAWWA", "leading space"},
    {"\n1 2\n3\n", "1 2\n3\n", "WAAAWWW", "leading blank line"},
    {"1 2\r\n3\r\n", "1 2\n3\n", "AAAAWWA", "CRLF"},
    {"1 2\r3\n", "1 2\n3\n", "WAAAWW-", "CR alone between lines"},
    {"1\v2\n3\n", "1 2\n3\n", "AAAAWW-", "vertical tab between tokens"},
    {"YES\n", "yes\n", "WWWAAAW", "case"},
    {"12\n3\n", "1 2\n3\n", "WWWWWWW", "tokens joined"},
    {"1 2\n3\n4\n", "1 2\n3\n", "WWWWWWW", "extra line"},
    {"1 2\n", "1 2\n3\n", "WWWWWWW", "missing line"},
    {"", "", "AAAAAAA", "both empty"},
    {"", "\n\n", "AAAAWWA", "empty against blank lines"},
    {"\n", "1\n", "WWWWWWW", "blank against a token"},
    {"1.0 2.0\n", "1 2\n", "--A--A-", "numbers written differently"},
    {"1.0000005\n", "1\n", "--A--A-", "within 1e-6"},
    {"1.000002\n", "1\n", "--W--W-", "past 1e-6"},
    {"abc 0.5\n", "abc 0.5\n", "--A--A-", "words and numbers"},
    {"ABC\n", "abc\n", "--W--A-", "a word in another case"},
    {"abc\n", "1\n", "--W--W-", "a word for a number"},
    {"nan\n", "nan\n", "--W--A-", "nan"},
    {"inf\n", "inf\n", "--W--A-", "inf"},
    {"1000\n", "1_000\n", "--A--W-", "an underscore in the answer's number"},
    {"16\n", "0x10\n", "--W--A-", "a hexadecimal answer"},
    {"0x10\n", "0x10\n", "--A--A-", "a hexadecimal answer, same text"},
    {"1e400\n", "inf\n", "--W--W-", "overflow"},
};

// Each row that has a verdict for `format`, read whole and in pieces of 1 and 2 bytes (as files
// are read): that verdict, the same message both ways, and a message exactly when rejected.
void expect_rows(const CheckerSpec& spec, Format format) {
  for (const Row& row : kRows) {
    if (row.verdicts[format] == '-') continue;
    SCOPED_TRACE(std::string(row.what) + ": '" + row.output + "' for '" + row.answer + "'");
    auto whole = judge::check(spec, row.output, row.answer);
    EXPECT_EQ(whole.accepted, row.verdicts[format] == 'A') << whole.message;
    EXPECT_EQ(whole.message.empty(), whole.accepted) << whole.message;
    judge::StringText out(row.output, 1), ans(row.answer, 2);
    auto pieces = judge::check(spec, out, ans);
    EXPECT_EQ(pieces.accepted, whole.accepted);
    EXPECT_EQ(pieces.message, whole.message);
  }
}

class NoFiles final : public judge::DmojFiles {
 public:
  NoFiles() : DmojFiles("init.yml") {}
  fs::path find(const YAML::Node&, const std::string& name) const override {
    ADD_FAILURE() << "no file expected: " << name;
    return {};
  }
};

CheckerSpec dmoj(const std::string& yaml) {
  return judge::dmoj_checker(YAML::Load(yaml), NoFiles());
}

CheckerSpec kattis(const std::vector<std::string>& flags) {
  return judge::default_validator(flags, "problem.yaml");
}

CheckerSpec cms_white_diff() {  // as judge/package/cms_task.cpp sets it
  CheckerSpec spec;
  spec.layout = Layout::Lines;
  return spec;
}

TEST(LayoutChecker, CmsWhiteDiff) {
  expect_rows(cms_white_diff(), kCms);
}

TEST(LayoutChecker, TestlibLcmp) {
  expect_rows(judge::standard_testlib_checker("std::lcmp.cpp", "problem.xml"), kLcmp);
}

TEST(LayoutChecker, DmojStandard) {
  CheckerSpec spec = dmoj("standard");
  EXPECT_EQ(spec.type, CheckerType::Tokens);
  EXPECT_EQ(spec.layout, Layout::NonBlank);
  expect_rows(spec, kDmojStandard);
}

TEST(LayoutChecker, DmojFloats) {
  expect_rows(dmoj("floats"), kDmojFloats);
}

TEST(LayoutChecker, KattisDefaultIgnoresLayout) {
  CheckerSpec spec = kattis({});
  EXPECT_EQ(spec.layout, Layout::Any);
  expect_rows(spec, kKattis);
}

TEST(LayoutChecker, KattisSpaceChangeSensitive) {
  expect_rows(kattis({"space_change_sensitive"}), kKattisSpace);
  expect_rows(kattis({"space_change_sensitive", "float_tolerance", "1e-6"}), kKattisSpaceFloat);
  // Case-sensitive too: the case row is the one that changes.
  CheckerSpec spec = kattis({"case_sensitive", "space_change_sensitive"});
  EXPECT_FALSE(judge::check(spec, "YES\n", "yes\n").accepted);
  EXPECT_TRUE(judge::check(spec, "yes\n", "yes\n").accepted);
}

// DMOJ's three formulas at and just past their epsilon (precision 0: epsilon 1, exact in binary).
TEST(LayoutChecker, DmojFloatTolerances) {
  struct Case {
    const char* checker;
    const char* output;
    const char* answer;
    bool accepted;
  };
  for (const Case& c : {
           Case{"floats", "3", "2", true},
           Case{"floats", "3.0000001", "2", true},  // relative: |1 - 3.0000001/2| <= 1
           Case{"floats", "-1", "0", true},
           Case{"floats", "-1.0000001", "0", false},  // |0| < epsilon: absolute only
           Case{"floatsabs", "3", "2", true},
           Case{"floatsabs", "3.0000001", "2", false},
           Case{"floatsrel", "4", "2", true},
           Case{"floatsrel", "4.0000001", "2", false},
           Case{"floatsrel", "inf", "inf", false},                           // inf * (1 - 1) is NaN
           Case{"{name: floats, args: {precision: 1}}", "1.1", "1", false},  // 0.1000...09 > 0.1
           Case{"{name: floatsabs, args: {precision: 1}}", "1.05", "1", true},
           Case{"{name: floatsrel, args: {precision: 1}}", "-2.2", "-2", true},
           Case{"{name: floatsrel, args: {precision: 1}}", "-2.2000001", "-2", false},
           Case{"{name: floats, args: {precision: 0, error_mode: absolute}}", "3.0000001", "2",
                false},
       }) {
    std::string checker = c.checker;
    if (checker.find('{') == std::string::npos)
      checker = "{name: " + checker + ", args: {precision: 0}}";
    SCOPED_TRACE(checker + ": " + c.output + " for " + c.answer);
    EXPECT_EQ(judge::check(dmoj(checker), c.output, c.answer).accepted, c.accepted);
  }
  EXPECT_THROW(dmoj("{name: floatsabs, args: {error_mode: relative}}"), judge::InputError);
}

// Kattis: |difference| <= the absolute or the relative tolerance; C's number syntax (hexadecimal);
// an answer that is a number needs a number; inf and nan are words.
TEST(LayoutChecker, KattisFloatTolerances) {
  struct Case {
    std::vector<std::string> flags;
    const char* output;
    const char* answer;
    bool accepted;
  };
  for (const Case& c : {
           Case{{"float_absolute_tolerance", "0.5"}, "1.5", "1", true},
           Case{{"float_absolute_tolerance", "0.5"}, "1.5000001", "1", false},
           Case{{"float_relative_tolerance", "0.25"}, "5", "4", true},
           Case{{"float_relative_tolerance", "0.25"}, "5.0001", "4", false},
           Case{{"float_tolerance", "1e-6"}, "8", "0x1p3", true},
           Case{{"float_tolerance", "1e-6"}, "0x1p3", "8", true},
           Case{{"float_tolerance", "1e-6"}, "INF", "inf", true},
           Case{{"float_tolerance", "1e-6", "case_sensitive"}, "INF", "inf", false},
           Case{{"float_tolerance", "1e-6"}, "abc", "1.5", false},
       }) {
    SCOPED_TRACE(std::string(c.output) + " for " + c.answer);
    EXPECT_EQ(judge::check(kattis(c.flags), c.output, c.answer).accepted, c.accepted);
  }
}

TEST(LayoutChecker, LineMessagesSayWhere) {
  CheckerSpec spec = cms_white_diff();
  EXPECT_EQ(judge::check(spec, "1\n2 3\n", "1 2\n3\n").message,
            "line 1 (answer line 1): expected '2', found the end of the line");
  EXPECT_EQ(judge::check(spec, "1 2\n3 4\n", "1 2\n3\n").message,
            "line 2 (answer line 2): expected the end of the line, found '4'");
  EXPECT_EQ(judge::check(spec, "a\nb c\n", "a\nb d\n").message,
            "line 2 (answer line 2): expected 'd', found 'c'");
  EXPECT_EQ(judge::check(spec, "a\n", "a\nb\n").message,
            "line 2 (answer line 2): output ends early: expected 'b'");
  EXPECT_EQ(judge::check(spec, "a\n", "a\n\nb\n").message,
            "line 2 (answer line 2): output ends early: expected an empty line");
  EXPECT_EQ(judge::check(spec, "a\n\n\nb\n", "a\n").message,
            "line 2 (answer line 2): extra output: an empty line");
  EXPECT_EQ(judge::check(spec, "a\n\n\nb\n", "a\n\n").message,
            "line 2 (answer line 3): extra output: an empty line");
  EXPECT_EQ(judge::check(spec, "a\nb c\n", "a\nb\n").message,
            "line 2 (answer line 2): expected the end of the line, found 'c'");
  // DMOJ's lines also end at '\r'; the lines said are those that '\n' ends.
  spec = dmoj("standard");
  EXPECT_EQ(judge::check(spec, "1\r\n\r\n2 3\r\n", "1\n2\n3\n").message,
            "line 3 (answer line 2): expected the end of the line, found '3'");
}

TEST(LayoutChecker, ExactSpaceMessagesSayWhere) {
  CheckerSpec spec = kattis({"space_change_sensitive"});
  EXPECT_EQ(judge::check(spec, "1  2\n", "1 2\n").message, "line 1: extra whitespace, a space");
  EXPECT_EQ(judge::check(spec, "1 2", "1 2\n").message,
            "line 1: expected a line break, found the end of the output");
  EXPECT_EQ(judge::check(spec, "1\n2\r\n", "1\n2\n").message,
            "line 2: expected a line break, found '\\r'");
  EXPECT_EQ(judge::check(spec, "1 2\n", "1\n2\n").message,
            "line 1: expected a line break, found a space");
  EXPECT_EQ(judge::check(spec, "12\n", "1 2\n").message, "line 1: expected '1', found '12'");
  EXPECT_EQ(judge::check(spec, "1\n2\n", "1\n").message, "line 2: extra output '2'");
  EXPECT_EQ(judge::check(spec, "1\n", "1\n2\n").message, "line 2: output ends early: expected '2'");
}

// A line or a run of whitespace much longer than a piece is read through, not held.
TEST(LayoutChecker, LongRunsAcrossPieces) {
  std::string spaces(100000, ' ');
  std::string output = "1" + spaces + "2\n" + std::string(5000, '\n');
  for (CheckerSpec spec : {cms_white_diff(), dmoj("standard"), dmoj("floats")}) {
    judge::StringText out(output, 7), ans(std::string_view("1 2\n"), 3);
    EXPECT_TRUE(judge::check(spec, out, ans).accepted);
  }
  CheckerSpec exact = kattis({"space_change_sensitive"});
  std::string answer = "1" + spaces + "2\n";
  judge::StringText out(answer, 7), ans(answer, 3);
  EXPECT_TRUE(judge::check(exact, out, ans).accepted);
}

// Through a package of each format, as `judge run` checks a test's output file: the checker its
// mapping gives, on one output the real judge accepts and one it rejects.
TEST(LayoutChecker, PackagesCheckLineStructure) {
  test::TempDir dir("judge-layout-test");
  auto verdicts = [&](const fs::path& problem, const std::string& good, const std::string& bad) {
    judge::Problem p = judge::load_problem_any(problem);
    std::vector<bool> out;
    for (const std::string& text : {good, bad}) {
      test::put(dir.path, "output", text);
      auto check = judge::check_output(p.checker, dir.path / "output", 1 << 20, p.tests[0].answer);
      EXPECT_TRUE(check.error.empty()) << check.error;
      out.push_back(check.result && check.result->accepted);
    }
    return out;
  };
  const std::vector<bool> good_bad{true, false};
  test::put(dir.path / "cms", "task.yaml",
            "name: t\ntime_limit: 1\nmemory_limit: 64\nn_input: 1\n");
  test::put(dir.path / "cms", "input/input0.txt", "\n");
  test::put(dir.path / "cms", "output/output0.txt", "1 2\n3\n");
  EXPECT_EQ(verdicts(dir.path / "cms", " 1  2\r\n3", "1\n2 3\n"), good_bad);
  const char* init = "test_cases:\n- {in: a.in, out: a.out, points: 1}\n";
  test::put(dir.path / "dmoj", "init.yml", init);
  test::put(dir.path / "dmoj", "a.in", "\n");
  test::put(dir.path / "dmoj", "a.out", "1 2\n3\n");
  EXPECT_EQ(verdicts(dir.path / "dmoj", "1 2\n\n3\r\n", "1 2 3\n"), good_bad);
  test::put(dir.path / "dmoj", "init.yml", std::string(init) + "checker: floats\n");
  test::put(dir.path / "dmoj", "a.out", "0.5 1\n");
  EXPECT_EQ(verdicts(dir.path / "dmoj", "0.5000001 1", "0.5000001\n1\n"), good_bad);
  test::put(dir.path / "kattis", "problem.yaml",
            "name: k\nvalidator_flags: space_change_sensitive float_tolerance 1e-6\n");
  test::put(dir.path / "kattis", "data/secret/1.in", "\n");
  test::put(dir.path / "kattis", "data/secret/1.ans", "1.5 2\n");
  EXPECT_EQ(verdicts(dir.path / "kattis", "1.5000001 2\n", "1.5 2"), good_bad);
}

// problem.toml's [checker] layout: for tokens and float, one of five names.
TEST(LayoutChecker, ProblemTomlLayout) {
  test::TempDir dir("judge-layout-test");
  test::write_test_case(dir.path, "1", "1\n", "1\n");
  auto load = [&](const std::string& checker) {
    std::ofstream(dir.path / "problem.toml")
        << "name = \"p\"\ntime_limit = \"1s\"\nmemory_limit = \"64MiB\"\n[tests]\n"
           "dir = \"tests\"\n[checker]\n"
        << checker;
    return judge::load_problem(dir.path / "problem.toml").checker;
  };
  auto error = [&](const std::string& checker) {
    try {
      load(checker);
    } catch (const judge::InputError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  EXPECT_EQ(load("type = \"tokens\"\n").layout, Layout::Any);
  EXPECT_EQ(load("type = \"tokens\"\nlayout = \"lines\"\n").layout, Layout::Lines);
  EXPECT_EQ(load("layout = \"nonblank\"\n").layout, Layout::NonBlank);
  CheckerSpec spec = load("type = \"float\"\nlayout = \"nonempty\"\n");
  EXPECT_EQ(spec.layout, Layout::NonEmpty);
  EXPECT_EQ(spec.float_rule, judge::FloatRule::Judge);
  EXPECT_EQ(load("layout = \"exact\"\ncase_sensitive = false\n").layout, Layout::Exact);
  std::string message = error("layout = \"diagonal\"\n");
  EXPECT_NE(message.find("problem.toml:"), std::string::npos) << message;
  EXPECT_NE(message.find("checker.layout: unknown layout 'diagonal' (use any, lines, nonblank, "
                         "nonempty or exact)"),
            std::string::npos)
      << message;
  message = error("type = \"lines\"\nlayout = \"lines\"\n");
  EXPECT_NE(message.find("checker.layout: only for type = \"tokens\" or \"float\", not \"lines\""),
            std::string::npos)
      << message;
}

}  // namespace
