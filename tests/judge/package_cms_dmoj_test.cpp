// CMS italy_yaml tasks and DMOJ problems read in place (no boxes): limits, file I/O, tests,
// subtasks and batches, checkers, graders, and every refusal naming the file and key; and the
// Kattis data/ walk that meets a directory twice.
#include <gtest/gtest.h>

#include <filesystem>

#include "judge/package/cms_subtasks.h"
#include "judge/package/dmoj_problem.h"
#include "judge/package/expected_verdicts.h"
#include "judge/package/load_any.h"
#include "tests/package/package_files.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using judge::CheckerType;
using judge::GroupScoring;
using test::put;

std::vector<std::size_t> range(std::size_t from, std::size_t to) {
  std::vector<std::size_t> out;
  for (std::size_t i = from; i < to; ++i) out.push_back(i);
  return out;
}

// A CMS task of `n` tests (input/inputI.txt, output/outputI.txt) with this task.yaml.
void cms(const fs::path& dir, const std::string& task_yaml, int n = 4) {
  put(dir, "task.yaml", task_yaml);
  for (int i = 0; i < n; ++i) {
    put(dir, "input/input" + std::to_string(i) + ".txt", std::to_string(i) + "\n");
    put(dir, "output/output" + std::to_string(i) + ".txt", std::to_string(i) + "\n");
  }
}

const char* const kTask = "name: sum\ntitle: Sum\ntime_limit: 1.5\nmemory_limit: 64\nn_input: 4\n";

TEST(CmsTask, ReadsLimitsDefaultFileIoAndSumOverTotalValue) {
  test::TempDir dir("cms");
  cms(dir.path / "t", std::string(kTask) + "token_mode: disabled\npublic_testcases: all\n");
  judge::Problem p = judge::load_problem_any(dir.path / "t");
  EXPECT_EQ(p.format, "cms");
  EXPECT_EQ(p.name, "sum");
  EXPECT_EQ(p.title, "Sum");
  EXPECT_EQ(p.limits.cpu_time->count(), 1'500'000);
  EXPECT_EQ(*p.limits.memory, 64ull << 20);
  EXPECT_EQ(p.file_io.input_file, "input.txt");  // italy_yaml's defaults
  EXPECT_EQ(p.file_io.output_file, "output.txt");
  ASSERT_EQ(p.tests.size(), 4u);
  EXPECT_EQ(p.tests[3].name, "003");
  EXPECT_EQ(p.tests[3].input, fs::canonical(dir.path / "t/input/input3.txt"));
  EXPECT_EQ(p.tests[3].answer, fs::canonical(dir.path / "t/output/output3.txt"));
  EXPECT_EQ(p.checker.type, CheckerType::Tokens);
  ASSERT_EQ(p.groups.size(), 1u);
  EXPECT_EQ(p.groups[0].scoring, GroupScoring::Sum);
  EXPECT_DOUBLE_EQ(p.groups[0].points, 100);
  EXPECT_EQ(p.groups[0].tests, range(0, 4));
}

TEST(CmsTask, GenMarkersMakeGroupMinSubtasksAndEmptyFileNamesMeanStdio) {
  test::TempDir dir("cms");
  cms(dir.path / "t", "name: sum\ntime_limit: 1\nmemory_limit: 64\ninfile: ''\noutfile: ''\n");
  put(dir.path / "t", "gen/GEN",
      "# ST: 0\n0 0\n\n# ST: 40\n1 2  # small\n#COPY: x\n# a comment\n# ST: 60\n5 5\n");
  judge::Problem p = judge::load_problem_any(dir.path / "t/task.yaml");
  EXPECT_EQ(p.file_io.input_file, "");
  EXPECT_EQ(p.file_io.output_file, "");
  ASSERT_EQ(p.groups.size(), 3u);
  EXPECT_EQ(p.groups[0].name, "subtask1");
  EXPECT_DOUBLE_EQ(p.groups[0].points, 0);
  EXPECT_EQ(p.groups[0].tests, range(0, 1));
  EXPECT_DOUBLE_EQ(p.groups[1].points, 40);
  EXPECT_EQ(p.groups[1].scoring, GroupScoring::Min);
  EXPECT_EQ(p.groups[1].tests, range(1, 3));
  EXPECT_DOUBLE_EQ(p.groups[2].points, 60);
  EXPECT_EQ(p.groups[2].tests, range(3, 4));
}

TEST(CmsTask, ScoreTypeParameters) {
  test::TempDir dir("cms");
  cms(dir.path / "min",
      std::string(kTask) + "score_type: GroupMin\nscore_type_parameters: [[30, 1], [70, 3]]\n");
  judge::Problem p = judge::load_problem_any(dir.path / "min");
  ASSERT_EQ(p.groups.size(), 2u);
  EXPECT_DOUBLE_EQ(p.groups[1].points, 70);
  EXPECT_EQ(p.groups[1].tests, range(1, 4));
  cms(dir.path / "sum", std::string(kTask) + "score_type: Sum\nscore_type_parameters: 5\n");
  p = judge::load_problem_any(dir.path / "sum");
  ASSERT_EQ(p.groups.size(), 1u);
  EXPECT_EQ(p.groups[0].scoring, GroupScoring::Sum);
  EXPECT_DOUBLE_EQ(p.groups[0].points, 20);
}

TEST(CmsTask, GradersPerLanguageWithTheHeadersOfSol) {
  test::TempDir dir("cms");
  cms(dir.path / "t", kTask);
  put(dir.path / "t", "sol/grader.cpp", "");
  put(dir.path / "t", "sol/sum.h", "");
  put(dir.path / "t", "sol/grader.py", "");
  put(dir.path / "t", "sol/sum.cpp", "");  // the reference solution: not a grader file
  judge::Problem p = judge::load_problem_any(dir.path / "t");
  ASSERT_EQ(p.graders.size(), 2u);
  const judge::GraderFiles& cpp = p.graders.at("cpp");
  ASSERT_EQ(cpp.files.size(), 2u);
  EXPECT_EQ(cpp.files[0].filename(), "grader.cpp");
  EXPECT_EQ(cpp.files[1].filename(), "sum.h");
  EXPECT_EQ(cpp.submission_name, "sum.cpp");
  ASSERT_EQ(p.graders.at("python3").files.size(), 1u);
  EXPECT_EQ(p.graders.at("python3").submission_name, "sum.py");
  // judge verify: the reference solution of sol/ is expected AC; graders are not solutions.
  auto submissions = judge::package_submissions(p);
  ASSERT_EQ(submissions.size(), 1u);
  EXPECT_EQ(submissions[0].source, fs::canonical(dir.path / "t/sol/sum.cpp"));
  EXPECT_EQ(submissions[0].label, "sol");
  EXPECT_EQ(submissions[0].verdicts, std::vector<judge::Verdict>{judge::Verdict::AC});
}

TEST(CmsTask, AComparatorIsCompiledFromItsSource) {
  test::TempDir dir("cms");
  cms(dir.path / "t", kTask);
  put(dir.path / "t", "cor/correttore", "\177ELF");  // the built program, not run
  put(dir.path / "t", "cor/correttore.cpp", "int main() {}\n");
  judge::Problem p = judge::load_problem_any(dir.path / "t");
  EXPECT_EQ(p.checker.type, CheckerType::Cms);
  EXPECT_EQ(p.checker.program.source, fs::canonical(dir.path / "t/cor/correttore.cpp"));
}

TEST(CmsTask, OutputOnlyNeedsNoLimits) {
  test::TempDir dir("cms");
  cms(dir.path / "t", "name: answers\noutput_only: true\nn_input: 4\n");
  judge::Problem p = judge::load_problem_any(dir.path / "t");
  EXPECT_TRUE(p.output_only);
  EXPECT_EQ(p.tests[0].name, "000");  // the submission's output_000.txt
  EXPECT_EQ(p.file_io.input_file, "");
}

struct Refused {
  std::string file, text, message;
};

void PrintTo(const Refused& r, std::ostream* os) {
  *os << r.file << ": " << r.message;
}

class CmsRefusal : public ::testing::TestWithParam<Refused> {};

// Each case adds one file (or replaces task.yaml) in an otherwise good task.
TEST_P(CmsRefusal, NamesTheFileAndKey) {
  test::TempDir dir("cms");
  cms(dir.path / "t", kTask);
  put(dir.path / "t", GetParam().file, GetParam().text);
  std::string message = test::load_refusal(dir.path / "t");
  EXPECT_NE(message.find(GetParam().message), std::string::npos) << message;
  EXPECT_NE(message.find(GetParam().file), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    Keys, CmsRefusal,
    ::testing::Values(
        Refused{"task.yaml", std::string(kTask) + "score_type: GroupMul\n",
                "'score_type': 'GroupMul' is not supported (Sum or GroupMin)"},
        Refused{"task.yaml",
                std::string(kTask) +
                    "score_type: GroupMin\nscore_type_parameters: [[50, \"0[0-1]\"], [50, 2]]\n",
                "a regular expression of test names is not supported"},
        Refused{"task.yaml",
                std::string(kTask) + "score_type: GroupMin\nscore_type_parameters: [[50, 1]]\n",
                "add up to something other than the task's 4 tests"},
        Refused{"task.yaml", std::string(kTask) + "infile: ../x\n", "'infile': '../x' is not"},
        Refused{"task.yaml", std::string(kTask) + "feedback: full\n", "'feedback': not supported"},
        Refused{"task.yaml", "name: sum\ntime_limit: fast\n", "'time_limit': must be a number"},
        Refused{"task.yaml", "name: sum\ntime_limit: 1\nn_input: 4\n", "'memory_limit': missing"},
        Refused{"task.yaml", "name: sum\ntime_limit: 1\nmemory_limit: 64\n", "'n_input': missing"},
        Refused{"task.yaml", "name: [sum\n", "not valid YAML"},
        Refused{"task.yaml", "name: sum\ntime_limit: 1\nmemory_limit: 64\nn_input: 0\n",
                "'n_input': must be a whole number from 1 to 100000"},
        Refused{"gen/GEN", "# ST: 50\n1\n# ST: 50\n2\n", "'n_input': differs from the 2 tests"},
        Refused{"gen/GEN", "1\n# ST: 100\n2\n3\n4\n", "tests before the first '# ST:' marker"},
        Refused{"gen/GEN", "# ST: half\n1\n2\n3\n4\n", "the points must be a whole number"},
        Refused{"check/checker", "\177ELF", "a comparator given only as a program"},
        Refused{"cor/manager", "", "Communication task"},
        Refused{"sol/grader.java", "", "Java graders are not supported"}));

TEST(CmsTask, RefusesAMissingTestAndALinkOutOfTheTask) {
  test::TempDir dir("cms");
  cms(dir.path / "t", kTask, 3);
  EXPECT_NE(test::load_refusal(dir.path / "t").find("input/input3.txt: missing (test 3)"),
            std::string::npos);
  put(dir.path, "secret", "1\n");
  fs::create_symlink(dir.path / "secret", dir.path / "t/input/input3.txt");
  put(dir.path / "t", "output/output3.txt", "1\n");
  std::string message = test::load_refusal(dir.path / "t");
  EXPECT_NE(message.find("input3.txt: resolves to"), std::string::npos) << message;
  EXPECT_NE(message.find("outside the package"), std::string::npos) << message;
}

// A DMOJ problem: a pretest case, two batches (the second depending on the first) and a single
// case, its files in the folder (init.yml's `archive` is tested with grading, in judge_tests).
const char* const kInit = R"(test_cases:
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
)";

void dmoj(const fs::path& dir, const std::string& init = kInit) {
  put(dir, "init.yml", init);
  for (const char* name : {"p", "a1", "a2", "b1", "c"}) {
    put(dir, std::string(name) + ".in", "1\n");
    put(dir, std::string(name) + ".out", "1\n");
  }
}

TEST(DmojProblem, ReadsCasesBatchesDependenciesAndPretests) {
  test::TempDir dir("dmoj");
  dmoj(dir.path / "d");
  judge::Problem p = judge::load_problem_any(dir.path / "d");
  EXPECT_EQ(p.format, "dmoj");
  EXPECT_EQ(p.name, "d");
  EXPECT_EQ(p.limits.cpu_time->count(), 2'000'000);  // kDmojTimeLimitSeconds
  EXPECT_EQ(*p.limits.memory, 256ull << 20);
  EXPECT_EQ(p.checker.type, CheckerType::Tokens);  // standard
  ASSERT_EQ(p.tests.size(), 5u);
  EXPECT_EQ(p.tests[2].name, "3");
  EXPECT_EQ(p.tests[2].input, fs::canonical(dir.path / "d/a2.in"));
  ASSERT_EQ(p.groups.size(), 4u);
  EXPECT_EQ(p.groups[0].name, "case-1");
  EXPECT_DOUBLE_EQ(p.groups[0].points, 0);
  EXPECT_EQ(p.groups[1].name, "batch-1");
  EXPECT_EQ(p.groups[1].scoring, GroupScoring::Min);
  EXPECT_EQ(p.groups[1].tests, range(1, 3));
  EXPECT_EQ(p.groups[1].depends_on, std::vector<std::size_t>{0});  // the pretest
  EXPECT_EQ(p.groups[2].name, "batch-2");
  EXPECT_EQ(p.groups[2].depends_on, (std::vector<std::size_t>{1, 0}));
  EXPECT_EQ(p.groups[3].name, "case-5");
  EXPECT_DOUBLE_EQ(p.groups[3].points, 10);
  EXPECT_EQ(p.groups[3].tests, range(4, 5));
}

TEST(DmojProblem, MapsCheckersAndOutputLimit) {
  test::TempDir dir("dmoj");
  dmoj(dir.path / "d", std::string(kInit) +
                           "checker: {name: floatsabs, args: {precision: 4}}\n"
                           "output_limit_length: 1000\npretest_test_cases: []\n");
  judge::Problem p = judge::load_problem_any(dir.path / "d");
  EXPECT_EQ(p.checker.type, CheckerType::Float);
  EXPECT_DOUBLE_EQ(p.checker.abs_tolerance, 1e-4);
  EXPECT_DOUBLE_EQ(p.checker.rel_tolerance, 0);
  EXPECT_EQ(*p.limits.output, 1000u);
  dmoj(dir.path / "d", std::string(kInit) + "checker: identical\n");
  EXPECT_EQ(judge::load_problem_any(dir.path / "d").checker.type, CheckerType::Exact);
  dmoj(dir.path / "d", std::string(kInit) + "checker: floats\n");
  p = judge::load_problem_any(dir.path / "d");
  EXPECT_DOUBLE_EQ(p.checker.abs_tolerance, 1e-6);
  EXPECT_DOUBLE_EQ(p.checker.rel_tolerance, 1e-6);
  put(dir.path / "d", "check.cpp", "");
  dmoj(dir.path / "d", std::string(kInit) +
                           "checker:\n  name: bridged\n  args: {files: [check.cpp, testlib.h], "
                           "lang: CPP17, type: testlib}\n");
  p = judge::load_problem_any(dir.path / "d");
  EXPECT_EQ(p.checker.type, CheckerType::Testlib);
  EXPECT_EQ(p.checker.program.source, fs::canonical(dir.path / "d/check.cpp"));
  EXPECT_EQ(p.checker.program.language, "cpp");
  dmoj(dir.path / "d",
       std::string(kInit) + "interactive: {files: check.cpp, lang: PY3, type: testlib}\n");
  p = judge::load_problem_any(dir.path / "d");
  ASSERT_TRUE(p.interactor);
  EXPECT_EQ(p.interactor->program.type, CheckerType::Testlib);
  EXPECT_EQ(p.interactor->program.program.language, "python3");
  EXPECT_FALSE(p.interactor->check_tout);
}

class DmojRefusal : public ::testing::TestWithParam<Refused> {};

// `file` holds what init.yml gets instead of kInit's tail (appended to kInit when it starts with
// a key of the top level).
TEST_P(DmojRefusal, NamesInitYmlAndTheKey) {
  test::TempDir dir("dmoj");
  dmoj(dir.path / "d",
       GetParam().file == "append" ? std::string(kInit) + GetParam().text : GetParam().text);
  std::string message = test::load_refusal(dir.path / "d");
  EXPECT_NE(message.find(GetParam().message), std::string::npos) << message;
  EXPECT_NE(message.find("init.yml:"), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    Keys, DmojRefusal,
    ::testing::Values(
        Refused{"append", "checker: sorted\n", "checker: 'sorted' has no built-in equivalent"},
        Refused{"append", "checker: linecount\n", "'linecount' has no built-in"},
        Refused{"append", "checker: mychecker.py\n", "Python checker modules are not supported"},
        Refused{"append", "checker: {name: bridged, args: {files: c.cpp, lang: CPP17}}\n",
                "'type': missing"},
        Refused{"append",
                "checker: {name: bridged, args: {files: c.in, lang: CPP17, type: coci}}\n",
                "'coci' is not supported (only testlib"},
        Refused{"append",
                "checker: {name: bridged, args: {files: c.in, lang: RUST, type: testlib}}\n",
                "'lang': 'RUST' is not a language"},
        Refused{"append", "checker: {name: floats, args: {precision: x}}\n",
                "'precision': must be a whole number"},
        Refused{"append", "generator: gen.py\n", "'generator': not supported"},
        Refused{"append", "grader: interactor.py\n", "'grader': not supported"},
        Refused{"append", "time_limit: 3\n", "'time_limit': not supported"},
        Refused{"append", "archive: ../x.zip\n", "a path with '..'"},
        Refused{"append", "archive: none.zip\n", "'archive': 'none.zip': no such file"},
        Refused{"x", "test_cases: {input_format: x}\n", "regular expressions are not supported"},
        Refused{"x", "test_cases:\n- {in: p.in, out: p.out, points: 1, generator_args: [1]}\n",
                "'generator_args': not supported by this judge in a test case"},
        Refused{"x", "test_cases:\n- {in: p.in, points: 1}\n", "'out': missing"},
        Refused{"x", "test_cases:\n- {in: ../p.in, out: p.out, points: 1}\n", "'..'"},
        Refused{"x", "test_cases:\n- {in: q.in, out: p.out, points: 1}\n",
                "'q.in': no such file in the problem's folder"},
        Refused{"x", "test_cases:\n- {in: p.in, out: p.out, points: -1}\n",
                "'points': must be a number from 0"},
        Refused{
            "x",
            "test_cases:\n- points: 1\n  dependencies: [1]\n  batched: [{in: p.in, out: p.out}]\n",
            "'dependencies': '1' is not the number of an earlier batch"},
        Refused{"x", "test_cases: [\n", "not valid YAML"}));

TEST(DmojProblem, RefusesALinkOutOfTheProblem) {
  test::TempDir dir("dmoj");
  dmoj(dir.path / "d");
  put(dir.path, "secret", "1\n");
  fs::remove(dir.path / "d/c.out");
  fs::create_symlink(dir.path / "secret", dir.path / "d/c.out");
  std::string message = test::load_refusal(dir.path / "d");
  EXPECT_NE(message.find("init.yml:"), std::string::npos) << message;
  EXPECT_NE(message.find("outside the package"), std::string::npos) << message;
}

// Directories linked to themselves: 2^16 paths within the depth bound before the fix; each
// directory is now walked once and the second arrival refused.
TEST(KattisPackage, RefusesADirectoryReachedTwiceInsteadOfWalkingEveryPath) {
  test::TempDir dir("kattis");
  put(dir.path / "p", "problem.yaml", "name: x\n");
  put(dir.path / "p", "data/secret/a/1.in", "1\n");
  put(dir.path / "p", "data/secret/a/1.ans", "1\n");
  fs::create_directory_symlink(".", dir.path / "p/data/secret/a/x");
  fs::create_directory_symlink(".", dir.path / "p/data/secret/a/y");
  std::string message = test::load_refusal(dir.path / "p");
  EXPECT_NE(message.find("a/x: a directory reached a second time"), std::string::npos) << message;
}

}  // namespace
