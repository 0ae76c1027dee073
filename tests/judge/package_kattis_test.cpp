// Kattis/ICPC packages read in place (no boxes): limits, tests, groups, the default validator's
// flags, and every refusal naming its file and key.
#include <gtest/gtest.h>

#include <filesystem>

#include "judge/errors.h"
#include "judge/package/load_any.h"
#include "tests/package/package_files.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using judge::CheckerType;
using judge::GroupScoring;
using test::put;

std::vector<std::string> names(const judge::Problem& p) {
  std::vector<std::string> out;
  for (const auto& t : p.tests) out.push_back(t.name);
  return out;
}

// A legacy pass-fail package: problem.yaml, samples, secret tests in a nested directory.
void legacy(const fs::path& dir, const std::string& yaml = "name: Legacy\n") {
  put(dir, "problem.yaml", yaml);
  put(dir, "data/sample/1.in", "1\n");
  put(dir, "data/sample/1.ans", "1\n");
  put(dir, "data/secret/b/2.in", "2\n");
  put(dir, "data/secret/b/2.ans", "2\n");
  put(dir, "data/secret/a.in", "3\n");
  put(dir, "data/secret/a.ans", "3\n");
}

// A 2025-09 scoring package with two groups.
void modern(const fs::path& dir) {
  put(dir, "problem.yaml",
      "problem_format_version: 2025-09\ntype: scoring\nname: {en: Modern, sv: Modernt}\n"
      "uuid: 1234\nlimits: {time_limit: 2.5, memory: 512, output: 16}\n");
  put(dir, "data/sample/1.in", "1\n");
  put(dir, "data/sample/1.ans", "1\n");
  // Every test has the same output validator arguments (the only way this judge takes them).
  put(dir, "data/sample/test_group.yaml", "output_validator_args: [float_tolerance, 1e-4]\n");
  put(dir, "data/secret/test_group.yaml", "output_validator_args: [float_tolerance, 1e-4]\n");
  put(dir, "data/secret/group1/test_group.yaml", "max_score: 30\n");
  put(dir, "data/secret/group1/01.in", "1\n");
  put(dir, "data/secret/group1/01.ans", "1\n");
  put(dir, "data/secret/group2/test_group.yaml",
      "max_score: 70\nscore_aggregation: min\nrequire_pass: [sample, secret/group1]\n");
  put(dir, "data/secret/group2/01.in", "2\n");
  put(dir, "data/secret/group2/01.ans", "2\n");
  put(dir, "data/secret/group2/sub/02.in", "3\n");
  put(dir, "data/secret/group2/sub/02.ans", "3\n");
}

TEST(KattisPackage, LegacyPassFailWithDefaults) {
  test::TempDir dir("kattis");
  legacy(dir.path / "hello");
  judge::Problem p = judge::load_problem_any(dir.path / "hello");
  EXPECT_EQ(p.format, "kattis-legacy");
  EXPECT_EQ(p.name, "hello");
  EXPECT_EQ(p.title, "Legacy");
  EXPECT_EQ(names(p), (std::vector<std::string>{"sample/1", "secret/a", "secret/b/2"}));
  EXPECT_EQ(p.tests[2].answer, fs::canonical(dir.path / "hello/data/secret/b/2.ans"));
  EXPECT_EQ(p.limits.cpu_time->count(), 1'000'000);  // the stated default
  EXPECT_EQ(*p.limits.memory, 2048ull << 20);
  EXPECT_EQ(*p.limits.output, 8ull << 20);
  EXPECT_EQ(p.checker.type, CheckerType::Tokens);
  EXPECT_FALSE(p.checker.case_sensitive);
  EXPECT_TRUE(p.groups.empty());
}

TEST(KattisPackage, TimeLimitFromProblemYamlThenDotTimelimitThenDomjudgeIni) {
  test::TempDir dir("kattis");
  legacy(dir.path / "p");
  put(dir.path / "p", "domjudge-problem.ini", "probid='A'\ntimelimit = '3'\n");
  EXPECT_EQ(judge::load_problem_any(dir.path / "p").limits.cpu_time->count(), 3'000'000);
  put(dir.path / "p", ".timelimit", "4.5\n");
  EXPECT_EQ(judge::load_problem_any(dir.path / "p").limits.cpu_time->count(), 4'500'000);
  put(dir.path / "p", "problem.yaml", "limits:\n  time_limit: 0.25\n");
  EXPECT_EQ(judge::load_problem_any(dir.path / "p").limits.cpu_time->count(), 250'000);
}

TEST(KattisPackage, ADomjudgePackageWithoutProblemYaml) {
  test::TempDir dir("kattis");
  legacy(dir.path / "p");
  fs::remove(dir.path / "p/problem.yaml");
  put(dir.path / "p", "domjudge-problem.ini", "timelimit = 2\n");
  judge::Problem p = judge::load_problem_any(dir.path / "p");
  EXPECT_EQ(p.format, "kattis-legacy");
  EXPECT_EQ(p.file, fs::canonical(dir.path / "p/domjudge-problem.ini"));
  EXPECT_EQ(p.limits.cpu_time->count(), 2'000'000);
  EXPECT_EQ(p.tests.size(), 3u);
}

TEST(KattisPackage, DefaultValidatorFlags) {
  test::TempDir dir("kattis");
  legacy(dir.path / "p", "validator_flags: case_sensitive float_relative_tolerance 1e-5\n");
  judge::Problem p = judge::load_problem_any(dir.path / "p/problem.yaml");
  EXPECT_EQ(p.checker.type, CheckerType::Float);
  EXPECT_TRUE(p.checker.case_sensitive);
  EXPECT_DOUBLE_EQ(p.checker.rel_tolerance, 1e-5);
  EXPECT_DOUBLE_EQ(p.checker.abs_tolerance, 0);
}

TEST(KattisPackage, ModernScoringGroups) {
  test::TempDir dir("kattis");
  modern(dir.path / "modern");
  judge::Problem p = judge::load_problem_any(dir.path / "modern");
  EXPECT_EQ(p.format, "kattis-2025-09");
  EXPECT_EQ(p.title, "Modern");
  EXPECT_EQ(p.limits.cpu_time->count(), 2'500'000);
  EXPECT_EQ(*p.limits.memory, 512ull << 20);
  EXPECT_EQ(*p.limits.output, 16ull << 20);
  EXPECT_EQ(p.checker.type, CheckerType::Float);
  EXPECT_DOUBLE_EQ(p.checker.abs_tolerance, 1e-4);
  EXPECT_FALSE(p.checker.case_sensitive);
  ASSERT_EQ(p.groups.size(), 3u);
  EXPECT_EQ(p.groups[0].name, "sample");
  EXPECT_EQ(p.groups[0].points, 0);
  EXPECT_EQ(p.groups[1].name, "secret/group1");
  EXPECT_EQ(p.groups[1].points, 30);
  EXPECT_EQ(p.groups[1].scoring, GroupScoring::PassFail);
  EXPECT_EQ(p.groups[2].name, "secret/group2");
  EXPECT_EQ(p.groups[2].scoring, GroupScoring::Min);
  EXPECT_EQ(p.groups[2].tests, (std::vector<std::size_t>{2, 3}));
  EXPECT_EQ(p.groups[2].depends_on, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(names(p), (std::vector<std::string>{"sample/1", "secret/group1/01", "secret/group2/01",
                                                "secret/group2/sub/02"}));
}

TEST(KattisPackage, CustomOutputValidatorGetsItsArguments) {
  test::TempDir dir("kattis");
  modern(dir.path / "p");
  put(dir.path / "p", "output_validator/validate.cpp", "int main() {}\n");
  judge::Problem p = judge::load_problem_any(dir.path / "p");
  EXPECT_EQ(p.checker.type, CheckerType::Kattis);
  EXPECT_EQ(p.checker.program.source, fs::canonical(dir.path / "p/output_validator/validate.cpp"));
  EXPECT_EQ(p.checker.program.args, (std::vector<std::string>{"float_tolerance", "1e-4"}));
}

TEST(KattisPackage, AScoringInteractiveProblemKeepsItsGroupsAndValidatorSettings) {
  test::TempDir dir("kattis");
  modern(dir.path / "p");
  put(dir.path / "p", "problem.yaml",
      "problem_format_version: 2025-09\ntype: [scoring, interactive]\nname: I\nuuid: 1\n"
      "limits: {validation_time: 4, validation_memory: 64}\n");
  put(dir.path / "p", "output_validator/interact.cpp", "int main() {}\n");
  judge::Problem p = judge::load_problem_any(dir.path / "p");
  ASSERT_TRUE(p.interactor);
  EXPECT_EQ(p.interactor->program.type, CheckerType::Kattis);
  EXPECT_EQ(p.interactor->program.program.source,
            fs::canonical(dir.path / "p/output_validator/interact.cpp"));
  EXPECT_EQ(p.interactor->program.program.args,
            (std::vector<std::string>{"float_tolerance", "1e-4"}));
  EXPECT_EQ(p.interactor->program.program.limits.cpu_time->count(), 4'000'000);
  EXPECT_EQ(*p.interactor->program.program.limits.memory, 64ull << 20);
  EXPECT_EQ(p.interactor->passes, 1u);
  EXPECT_FALSE(p.checker.is_program());
  EXPECT_EQ(p.groups.size(), 3u);
}

TEST(KattisPackage, LegacyCustomValidatorInItsDirectory) {
  test::TempDir dir("kattis");
  legacy(dir.path / "p",
         "validation: custom\nvalidator_flags: strict\nlimits: {validation_time: 7}\n");
  put(dir.path / "p", "output_validators/check/check.py", "print()\n");
  judge::Problem p = judge::load_problem_any(dir.path / "p");
  EXPECT_EQ(p.checker.type, CheckerType::Kattis);
  EXPECT_EQ(p.checker.program.source.filename(), "check.py");
  EXPECT_EQ(p.checker.program.args, (std::vector<std::string>{"strict"}));
  EXPECT_EQ(p.checker.program.limits.cpu_time->count(), 7'000'000);
}

struct Refused {
  const char* file;  // written into a legacy package (or a 2025-09 one with "modern:")
  const char* text;
  const char* expected;         // in the message
  const char* where = nullptr;  // also in the message; default: the file's name
};

class KattisRefuses : public ::testing::TestWithParam<Refused> {};

TEST_P(KattisRefuses, NamingFileAndKey) {
  test::TempDir dir("kattis");
  std::string file = GetParam().file;
  bool is_modern = file.starts_with("modern:");
  if (is_modern) file = file.substr(7);
  is_modern ? modern(dir.path / "p") : legacy(dir.path / "p");
  put(dir.path / "p", file, GetParam().text);
  std::string message = test::load_refusal(dir.path / "p");
  std::string where = GetParam().where ? GetParam().where : fs::path(file).filename().string();
  EXPECT_NE(message.find(where), std::string::npos) << message;
  EXPECT_NE(message.find(GetParam().expected), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, KattisRefuses,
    ::testing::Values(
        Refused{"problem.yaml", "validation: custom multi-pass\n",
                "'validation': 'custom multi-pass' without interactive is not supported yet"},
        Refused{"problem.yaml", "validation: custom score\n",
                "'validation': 'custom score' (legacy scoring) is not supported yet"},
        Refused{"problem.yaml", "validation: default interactive\n",
                "'validation': must be 'default', or 'custom' followed by its options"},
        Refused{"problem.yaml", "validation: custom interactive twice\n",
                "'validation': unknown option 'twice'"},
        Refused{"problem.yaml", "validation: custom\nlimits: {validation_passes: 3}\n",
                "'validation_passes': only for multi-pass problems"},
        Refused{"problem.yaml",
                "validation: custom interactive multi-pass\nlimits: {validation_passes: 1}\n",
                "'validation_passes': must be a whole number from 2 to 100"},
        Refused{"problem.yaml", "type: scoring\n", "'type': legacy scoring problems"},
        Refused{"problem.yaml", "name: x\nfoo: 1\n", "'foo': not supported"},
        Refused{"problem.yaml", "problem_format_version: 2023-07-draft\n",
                "'problem_format_version'"},
        Refused{"problem.yaml", "validator_flags: space_insensitive\n",
                "'space_insensitive': not a flag of the default output validator"},
        Refused{"problem.yaml", "validator_flags: float_tolerance x\n",
                "tolerance must be a number"},
        Refused{"problem.yaml", "limits: {memory: lots}\n", "'memory': must be a number"},
        Refused{"problem.yaml", "limits: [1, 2\n", "not valid YAML"},
        Refused{"problem.yaml", "- a\n- b\n", "top level must be a mapping"},
        Refused{"data/secret/testdata.yaml", "grading: custom\n", "'grading'"},
        Refused{"data/secret/testdata.yaml", "grader_flags: accept_if_any_accepted\n",
                "'grader_flags'"},
        Refused{"data/secret/test_group.yaml", "max_score: 1\n",
                "test_group.yaml: not read in the legacy format"},
        Refused{"data/secret/c.in", "4\n", "has no secret/c.ans", "c.in"},
        Refused{"include/python3/x.py", "",
                "files included with python3 submissions are not "
                "supported (only c, cpp and java)",
                "p/include/python3"},
        Refused{"include/default/x.h", "",
                "include/default/ (files for every language) is not "
                "supported",
                "p/include/default"},
        Refused{"include/cpp/sub/x.h", "", "not a regular file (subdirectories of include/cpp/",
                "p/include/cpp/sub"},
        Refused{"domjudge-problem.ini", "special_compare = mine\n", "'special_compare'"},
        Refused{"modern:problem.yaml", "problem_format_version: 2025-09\ntype: interactive\n",
                "output_validator: missing (an interactive problem's interactor)", "p/"},
        Refused{"modern:problem.yaml", "problem_format_version: 2025-09\ntype: multi-pass\n",
                "'type': multi-pass problems that are not interactive are not supported yet"},
        Refused{"modern:problem.yaml",
                "problem_format_version: 2025-09\ntype: [interactive, submit-answer]\n",
                "'type': 'submit-answer' problems are not supported yet"},
        Refused{"modern:problem.yaml", "problem_format_version: 2025-09\nvalidation: custom\n",
                "'validation': not supported"},
        Refused{"modern:problem.yaml", "problem_format_version: 2025-09\nconstants: {n: 1}\n",
                "'constants'"},
        Refused{"modern:data/secret/group1/test_group.yaml", "max_score: unbounded\n",
                "'max_score': unbounded"},
        Refused{"modern:data/secret/group1/test_group.yaml",
                "max_score: 1\nrequire_pass: secret/group2\n",
                "'require_pass': 'secret/group2' is not a test group before"},
        Refused{"modern:data/secret/group1/test_group.yaml",
                "max_score: 1\nscore_aggregation: avg\n", "'score_aggregation'"},
        Refused{"modern:data/secret/group1/test_group.yaml", "max_score: 1\nargs: [x]\n", "'args'"},
        Refused{"modern:data/secret/group1/test_group.yaml",
                "max_score: 1\noutput_validator_args: [x]\n", "'output_validator_args' differs"},
        Refused{"modern:data/secret/group2/sub/test_group.yaml", "", "test groups do not nest"},
        Refused{"modern:data/sample/test_group.yaml", "max_score: 3\n",
                "'max_score': only in data/secret"},
        Refused{"modern:data/secret/group1/01.yaml", "args: [a]\n", "'args'"},
        Refused{"modern:data/secret/group1/01.files/x", "", "01.files: input files of a test case",
                "group1/01.files"},
        Refused{"modern:data/secret/test_group.yaml", "score_aggregation: min\n",
                "'score_aggregation': only sum"},
        Refused{"modern:data/secret/x.in", "1\n", "both test cases and test groups", "data/secret"},
        Refused{"modern:output_validators/v.cpp", "", "output_validators: the legacy name",
                "p/output_validators"}));

TEST(KattisPackage, RefusesASymlinkOutOfThePackage) {
  test::TempDir dir("kattis");
  legacy(dir.path / "p");
  put(dir.path, "outside.ans", "secret of the host\n");
  fs::remove(dir.path / "p/data/secret/a.ans");
  fs::create_symlink(dir.path / "outside.ans", dir.path / "p/data/secret/a.ans");
  std::string message = test::load_refusal(dir.path / "p");
  EXPECT_NE(message.find("a.ans: resolves to"), std::string::npos) << message;
  EXPECT_NE(message.find("outside the package"), std::string::npos) << message;
}

TEST(KattisPackage, RefusesALinkLoopInItsData) {
  test::TempDir dir("kattis");
  legacy(dir.path / "p");
  fs::create_directory_symlink("..", dir.path / "p/data/secret/b/up");
  std::string message = test::load_refusal(dir.path / "p");
  EXPECT_NE(message.find("up: a directory reached a second time"), std::string::npos) << message;
}

TEST(KattisPackage, RefusesAFifoAsATest) {
  test::TempDir dir("kattis");
  legacy(dir.path / "p");
  ASSERT_EQ(::mkfifo((dir.path / "p/data/secret/c.in").c_str(), 0644), 0);
  std::string message = test::load_refusal(dir.path / "p");
  EXPECT_NE(message.find("c.in: neither a regular file nor a directory"), std::string::npos)
      << message;
}

TEST(KattisPackage, RefusesAHugeProblemYaml) {
  test::TempDir dir("kattis");
  legacy(dir.path / "p", "name: x\n" + std::string(2 << 20, '#') + "\n");
  EXPECT_NE(test::load_refusal(dir.path / "p").find("problem.yaml: larger than 1048576 bytes"),
            std::string::npos);
}

TEST(KattisPackage, ManyTinyTests) {
  test::TempDir dir("kattis");
  legacy(dir.path / "p");
  for (int i = 0; i < 20000; ++i) {
    put(dir.path / "p", "data/secret/many/" + std::to_string(i) + ".in", "");
    put(dir.path / "p", "data/secret/many/" + std::to_string(i) + ".ans", "");
  }
  EXPECT_EQ(judge::load_problem_any(dir.path / "p").tests.size(), 20003u);
}

}  // namespace
