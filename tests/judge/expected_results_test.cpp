// DOMjudge's @EXPECTED_RESULTS@ comments (judge/package/expected_verdicts.h): the names' verdicts,
// and how they override a submission's folder.
#include <gtest/gtest.h>

#include "judge/errors.h"
#include "judge/package/expected_verdicts.h"
#include "judge/package/load_any.h"
#include "tests/package/package_files.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

using V = judge::Verdict;

TEST(ExpectedResults, DomjudgeNamesMapOntoVerdicts) {
  EXPECT_EQ(judge::expected_results("// @EXPECTED_RESULTS@: CORRECT, timelimit\nint x;", "a.cpp"),
            (std::vector<V>{V::AC, V::TLE}));
  EXPECT_EQ(judge::expected_results("/* @EXPECTED_RESULTS@: RUN-ERROR,NO-OUTPUT */", "a.c"),
            (std::vector<V>{V::RE, V::MLE, V::WA}));
  EXPECT_EQ(judge::expected_results("# @EXPECTED_RESULTS@: WRONG-ANSWER, NO-OUTPUT", "a.py"),
            (std::vector<V>{V::WA}));
  EXPECT_EQ(judge::expected_results("@EXPECTED_RESULTS@: COMPILER-ERROR, OUTPUT-LIMIT", "a.py"),
            (std::vector<V>{V::CE, V::OLE}));
  EXPECT_EQ(judge::expected_results("int main() {}", "a.cpp"), std::nullopt);
  try {
    judge::expected_results("// @EXPECTED_RESULTS@: CORRECT, ACCEPTED\n", "s/a.cpp");
    FAIL() << "an unknown name was accepted";
  } catch (const judge::InputError& e) {
    EXPECT_STREQ(e.what(),
                 "s/a.cpp: @EXPECTED_RESULTS@: unknown result 'ACCEPTED' (CORRECT, WRONG-ANSWER, "
                 "TIMELIMIT, RUN-ERROR, COMPILER-ERROR, NO-OUTPUT, OUTPUT-LIMIT)");
  }
}

TEST(ExpectedResults, TheyOverrideTheFolderAndAdmitOtherFolders) {
  test::TempDir dir("expected-results");
  fs::path p = dir.path / "p";
  test::put(p, "data/secret/1.in", "1\n");
  test::put(p, "data/secret/1.ans", "1\n");
  test::put(p, "problem.yaml", "name: P\n");
  test::put(p, "submissions/accepted/slow.py", "# @EXPECTED_RESULTS@: CORRECT, TIMELIMIT\n");
  test::put(p, "submissions/mixed/a.py", "# @EXPECTED_RESULTS@: WRONG-ANSWER\n");
  test::put(p, "submissions/mixed/b.py", "print(1)\n");
  std::vector<std::string> skipped;
  auto subs = judge::package_submissions(judge::load_problem_any(p), &skipped);
  ASSERT_EQ(subs.size(), 2u);
  EXPECT_EQ(subs[0].source.filename(), "slow.py");
  EXPECT_EQ(subs[0].label, "accepted");
  EXPECT_EQ(subs[0].verdicts, (std::vector<V>{V::AC, V::TLE}));
  EXPECT_EQ(subs[1].source.filename(), "a.py");
  EXPECT_EQ(subs[1].label, "mixed");
  EXPECT_EQ(subs[1].verdicts, (std::vector<V>{V::WA}));
  EXPECT_EQ(skipped, (std::vector<std::string>{(fs::canonical(p) / "submissions/mixed/b.py")}));
}

}  // namespace
