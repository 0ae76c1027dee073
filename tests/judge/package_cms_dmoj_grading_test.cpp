// CMS italy_yaml tasks and DMOJ problems built in the test's own directory and graded in real
// boxes with Python submissions (no compile): exact verdicts, group verdicts and scores for CMS
// GroupMin subtasks (with italy_yaml's default file I/O) and Sum, and a DMOJ problem whose tests
// are in a zip archive, with a pretest, batches and a dependency.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "judge/grader.h"
#include "judge/package/load_any.h"
#include "tests/package/package_files.h"
#include "tests/support/box.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using judge::Verdict;
using test::put;

// Inputs "a b" and their sums; the submissions below fail on some of them.
const char* const kInputs[][2] = {{"1 2", "3"}, {"2 3", "5"}, {"50 60", "110"}, {"100 1", "101"}};

// A Python sum that prints 0 when `wrong_if` (an expression of a and b) holds.
std::string sum_py(const std::string& wrong_if, bool file_io) {
  std::string read = file_io ? "open('input.txt').read()" : "open(0).read()";
  std::string print = file_io ? "open('output.txt', 'w').write(str(s) + '\\n')" : "print(s)";
  return "a, b = map(int, " + read + ".split())\ns = 0 if " + wrong_if + " else a + b\n" + print +
         "\n";
}

class CmsDmojGrading : public ::testing::Test {
 protected:
  judge::Report grade(const fs::path& problem, const std::string& source) {
    static int n = 0;
    fs::path file = dir_.path / ("sub" + std::to_string(++n) + ".py");
    put(dir_.path, file.filename().string(), source);
    judge::Grader grader(test::shared_sandbox(),
                         judge::Languages::load({judge::Languages::default_file()}),
                         fs::path(TEST_BUILD_DIR) / "example-cache");
    return grader.grade(judge::load_problem_any(problem), file, {});
  }

  fs::path cms(const std::string& name, const std::string& task_yaml) {
    fs::path t = dir_.path / name;
    put(t, "task.yaml", task_yaml);
    for (int i = 0; i < 4; ++i) {
      put(t, "input/input" + std::to_string(i) + ".txt", std::string(kInputs[i][0]) + "\n");
      put(t, "output/output" + std::to_string(i) + ".txt", std::string(kInputs[i][1]) + "\n");
    }
    return t;
  }

  test::TempDir dir_{"cms-dmoj"};
};

TEST_F(CmsDmojGrading, CmsGroupMinSubtasksFromGenWithFileIo) {
  fs::path t = cms("sum", "name: sum\ntime_limit: 10\nmemory_limit: 256\n");
  put(t, "gen/GEN", "# ST: 30\n1 2\n2 3\n# ST: 70\n50 60\n100 1\n");
  judge::Report good = grade(t, sum_py("False", true));
  EXPECT_EQ(good.verdict, Verdict::AC) << good.message << good.compile.log;
  EXPECT_DOUBLE_EQ(good.score, 100);
  judge::Report partial = grade(t, sum_py("a >= 100", true));
  EXPECT_EQ(partial.verdict, Verdict::WA);
  EXPECT_EQ(partial.message, "test 003: line 1 (answer line 1): expected '101', found '0'");
  ASSERT_EQ(partial.groups.size(), 2u);
  EXPECT_EQ(partial.groups[0].verdict, Verdict::AC);
  EXPECT_EQ(partial.groups[1].verdict, Verdict::WA);
  EXPECT_DOUBLE_EQ(partial.score, 30);
  EXPECT_DOUBLE_EQ(partial.max_score, 100);
}

TEST_F(CmsDmojGrading, CmsSumOverStdio) {
  fs::path t = cms("sum",
                   "name: sum\ntime_limit: 10\nmemory_limit: 256\nn_input: 4\n"
                   "infile: ''\noutfile: ''\nscore_type: Sum\nscore_type_parameters: 25\n");
  judge::Report partial = grade(t, sum_py("a == 2", false));
  EXPECT_EQ(partial.verdict, Verdict::WA);
  EXPECT_EQ(partial.message, "test 001: line 1 (answer line 1): expected '5', found '0'");
  EXPECT_DOUBLE_EQ(partial.score, 75);
}

// A CMS comparator (cor/correttore.cpp, compiled and boxed): 1 for the sum, 0.5 for the sum plus
// one, else 0, its message on stderr.
TEST_F(CmsDmojGrading, CmsComparatorGivesPartialScores) {
  fs::path t = cms("sum",
                   "name: sum\ntime_limit: 10\nmemory_limit: 256\nn_input: 4\n"
                   "infile: ''\noutfile: ''\nscore_type: Sum\nscore_type_parameters: 25\n");
  put(t, "cor/correttore.cpp", R"(#include <cstdio>
int main(int argc, char** argv) {
  if (argc != 4) return 1;
  long long right = 0, got = 0;
  FILE* answer = std::fopen(argv[2], "r");
  FILE* output = std::fopen(argv[3], "r");
  if (!answer || std::fscanf(answer, "%lld", &right) != 1) return 1;
  bool read = output && std::fscanf(output, "%lld", &got) == 1;
  double score = read && got == right ? 1 : read && got == right + 1 ? 0.5 : 0;
  std::printf("%g\n", score);
  std::fprintf(stderr, score == 1 ? "right\n" : score > 0 ? "close\n" : "wrong\n");
}
)");
  judge::Report report =
      grade(t, "a, b = map(int, open(0).read().split())\nprint({2: 6, 50: 0}.get(a, a + b))\n");
  EXPECT_EQ(report.verdict, Verdict::WA) << report.message << report.compile.log;
  EXPECT_EQ(report.message, "test 002: wrong");
  ASSERT_EQ(report.tests.size(), 4u);
  EXPECT_EQ(report.tests[1].verdict, Verdict::AC);
  EXPECT_EQ(report.tests[1].message, "close");
  EXPECT_DOUBLE_EQ(report.score, 62.5);
}

// CMS's OutputOnly: a directory of output_000.txt ... (nothing runs).
TEST_F(CmsDmojGrading, CmsOutputOnly) {
  fs::path t = cms("answers", "name: answers\noutput_only: true\nn_input: 4\n");
  for (int i = 0; i < 4; ++i)
    put(dir_.path / "outputs", "output_00" + std::to_string(i) + ".txt",
        i == 2 ? "0\n" : std::string(kInputs[i][1]) + "\n");
  judge::Grader grader(test::shared_sandbox(),
                       judge::Languages::load({judge::Languages::default_file()}),
                       fs::path(TEST_BUILD_DIR) / "example-cache");
  judge::Report report = grader.grade(judge::load_problem_any(t), dir_.path / "outputs", {});
  EXPECT_EQ(report.verdict, Verdict::WA) << report.message;
  EXPECT_DOUBLE_EQ(report.score, 75);
}

// init.yml beside data.zip (made by Python's zipfile CLI): a pretest, batch 1 (30), batch 2 (60,
// needs batch 1) and a single case (10).
TEST_F(CmsDmojGrading, DmojBatchesDependenciesAndPretestFromAnArchive) {
  fs::path d = dir_.path / "dmoj";
  const char* const files[][3] = {{"p", "1 1", "2"},
                                  {"a1", "2 3", "5"},
                                  {"a2", "10 20", "30"},
                                  {"b1", "100 200", "300"},
                                  {"c", "1000 1", "1001"}};
  std::string names;
  for (const auto& f : files) {
    put(d / "zip", std::string(f[0]) + ".in", std::string(f[1]) + "\n");
    put(d / "zip", std::string(f[0]) + ".out", std::string(f[2]) + "\n");
    names += std::string(" ") + f[0] + ".in " + f[0] + ".out";
  }
  std::string command = "cd '" + (d / "zip").string() + "' && python3 -m zipfile -c ../data.zip" +
                        names + " && cd .. && rm -r zip";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  put(d, "init.yml", R"(archive: data.zip
test_cases:
- {in: p.in, out: p.out, points: 0}
- points: 30
  batched:
  - {in: a1.in, out: a1.out}
  - {in: a2.in, out: a2.out}
- points: 60
  dependencies: [1]
  batched:
  - {in: b1.in, out: b1.out}
- {in: c.in, out: c.out, points: 10}
)");
  judge::Report good = grade(d, sum_py("False", false));
  EXPECT_EQ(good.verdict, Verdict::AC) << good.message << good.compile.log;
  EXPECT_DOUBLE_EQ(good.score, 100);
  // Batch 1 fails: batch 2, right but depending on it, is skipped; the single case counts.
  judge::Report batch = grade(d, sum_py("a == 10", false));
  EXPECT_EQ(batch.verdict, Verdict::WA);
  ASSERT_EQ(batch.groups.size(), 4u);
  EXPECT_EQ(batch.groups[1].verdict, Verdict::WA);
  EXPECT_EQ(batch.groups[2].verdict, Verdict::SKIPPED);
  EXPECT_EQ(batch.groups[3].verdict, Verdict::AC);
  EXPECT_DOUBLE_EQ(batch.score, 10);
  // The pretest fails: everything after it is skipped, as DMOJ stops there.
  judge::Report pretest = grade(d, sum_py("a == 1", false));
  EXPECT_EQ(pretest.verdict, Verdict::WA);
  EXPECT_EQ(pretest.groups[3].verdict, Verdict::SKIPPED);
  EXPECT_DOUBLE_EQ(pretest.score, 0);
}

}  // namespace
