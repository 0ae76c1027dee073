// `judge verify` on a Kattis package's data/invalid_input: each file must be rejected by at least
// one input validator (run in its box with the file's arguments); one that every validator
// accepts is reported by name and fails the verification.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/package/package_files.h"
#include "tests/support/shell_output.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

const std::string kVerify =
    std::string(JUDGE_BINARY) + " verify --cache-dir " + TEST_BUILD_DIR + "/example-cache ";

// Kattis protocol: valid when the number is at most 100, or at most N with `max N`; a token that
// is not a number crashes it (exit 1, as a failed assertion would).
constexpr const char* kCheck = R"(import sys
limit = int(sys.argv[2]) if sys.argv[1:2] == ["max"] else 100
n = int(sys.stdin.read())
sys.exit(43 if n > limit else 42)
)";

// A 2025-09 package with one valid test; data/invalid_input gets `max 3` from its test_group.yaml.
fs::path package(const fs::path& dir) {
  fs::path p = dir / "p";
  test::put(p, "problem.yaml", "problem_format_version: 2025-09\nname: P\nuuid: x\n");
  test::put(p, "input_validators/check.py", kCheck);
  test::put(p, "submissions/accepted/echo.py", "print(input())\n");
  test::put(p, "data/secret/1.in", "1\n");
  test::put(p, "data/secret/1.ans", "1\n");
  test::put(p, "data/invalid_input/test_group.yaml", "input_validator_args: [max, '3']\n");
  test::put(p, "data/invalid_input/five.in", "5\n");     // rejected only with the group's arguments
  test::put(p, "data/invalid_input/word.in", "x\n");     // rejected by a crash
  test::put(p, "data/invalid_input/loose/2.in", "2\n");  // accepted: the package's mistake
  return p;
}

TEST(VerifyInvalidInputs, AnInvalidInputNoValidatorRejectsFailsTheVerification) {
  test::TempDir dir("verify-invalid");
  test::ShellOutput o = test::run_shell(kVerify + "--format json " + package(dir.path).string());
  EXPECT_EQ(o.status, 1) << o.out;
  auto json = nlohmann::json::parse(o.out);
  EXPECT_EQ(json["all_as_expected"], true);
  EXPECT_EQ(json["inputs"]["invalid_inputs"], 3);
  EXPECT_EQ(json["inputs"]["runs"], 4);  // 1 validator × (1 test + 3 invalid inputs)
  EXPECT_EQ(json["inputs"]["all_valid"], false);
  EXPECT_EQ(json["inputs"]["faults"],
            nlohmann::json::array({{{"validator", ""},
                                    {"test", "invalid_input/loose/2"},
                                    {"status", "accepted"},
                                    {"message", "no input validator rejected it"}}}));
}

TEST(VerifyInvalidInputs, RejectedInvalidInputsPassAndTheOutputCasesAreListedAsNotChecked) {
  test::TempDir dir("verify-invalid");
  fs::path p = package(dir.path);
  fs::remove_all(p / "data/invalid_input/loose");
  test::put(p, "data/invalid_output/1.in", "1\n");
  test::put(p, "data/invalid_output/1.ans", "1\n");
  test::put(p, "data/invalid_output/1.out", "2\n");
  test::ShellOutput o = test::run_shell(kVerify + p.string());
  EXPECT_EQ(o.status, 0) << o.out;
  EXPECT_NE(o.out.find("inputs: 1 validator, 3 runs, all valid; 2 invalid inputs checked\n"),
            std::string::npos)
      << o.out;
  EXPECT_NE(o.out.find("skipped   data/invalid_output (output validator cases are not checked by "
                       "verify)\n"),
            std::string::npos)
      << o.out;
}

TEST(VerifyInvalidInputs, WithoutAnyInputValidatorEveryInvalidInputIsNamed) {
  test::TempDir dir("verify-invalid");
  fs::path p = package(dir.path);
  fs::remove_all(p / "input_validators");
  fs::remove_all(p / "data/invalid_input/loose");
  test::ShellOutput o = test::run_shell(kVerify + p.string());
  EXPECT_EQ(o.status, 1) << o.out;
  EXPECT_NE(o.out.find("inputs: 0 validators, 0 runs, 2 faults; 2 invalid inputs checked\n"
                       "ACCEPTED  invalid_input/five: the problem has no input validator to "
                       "reject it\n"
                       "ACCEPTED  invalid_input/word: the problem has no input validator to "
                       "reject it\n"),
            std::string::npos)
      << o.out;
}

}  // namespace
