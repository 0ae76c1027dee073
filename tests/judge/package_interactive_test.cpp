// Interactive and multi-pass problem packages, built in the test's own directory and graded in real
// boxes: a legacy Kattis package (`validation: custom interactive`), a 2025-09 one (`type:
// [interactive, multi-pass]`, `validation_passes`) and a Polygon package with a testlib
// <interactor> whose TOUT its checker grades. The interactors and submissions are problems/guess,
// problems/twopass and problems/guess-testlib's.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "judge/grader.h"
#include "judge/package/load_any.h"
#include "tests/package/package_files.h"
#include "tests/support/box.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using test::put;

const fs::path kProblems = fs::path(JUDGE_SOURCE_DIR) / "problems";

std::string text_of(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream out;
  out << in.rdbuf();
  return out.str();
}

// Copies problems/FROM/tests/N.{in,ans} as data/secret/N.{in,ans} of a Kattis package.
void kattis_tests(const fs::path& dir, const std::string& from) {
  for (int i = 1; i <= 4; ++i)
    for (const char* ext : {".in", ".ans"})
      put(dir, "data/secret/" + std::to_string(i) + ext,
          text_of(kProblems / from / "tests" / (std::to_string(i) + ext)));
}

std::string grade(const fs::path& package, const fs::path& submission) {
  judge::Grader grader(test::shared_sandbox(),
                       judge::Languages::load({judge::Languages::default_file()}),
                       fs::path(TEST_BUILD_DIR) / "example-cache");
  judge::Report report = grader.grade(judge::load_problem_any(package), submission, {});
  return std::string(judge::to_string(report.verdict)) + (report.message.empty() ? "" : ": ") +
         report.message;
}

TEST(PackageInteractive, LegacyKattisCustomInteractive) {
  test::TempDir dir("package-interactive");
  fs::path p = dir.path / "guess";
  put(p, "problem.yaml",
      "validation: custom interactive\nvalidator_flags: unused\nlimits: {time_limit: 1}\n");
  put(p, "output_validators/interact/interact.cpp",
      text_of(kProblems / "guess/interactor/interact.cpp"));
  kattis_tests(p, "guess");
  judge::Problem problem = judge::load_problem_any(p);
  ASSERT_TRUE(problem.interactor);
  EXPECT_EQ(problem.interactor->program.type, judge::CheckerType::Kattis);
  EXPECT_EQ(problem.interactor->program.program.source,
            p / "output_validators/interact/interact.cpp");
  EXPECT_EQ(problem.interactor->program.program.args, (std::vector<std::string>{"unused"}));
  EXPECT_EQ(problem.interactor->passes, 1u);
  EXPECT_FALSE(problem.interactor->check_tout);
  EXPECT_FALSE(problem.checker.is_program());
  EXPECT_EQ(grade(p, kProblems / "guess/submissions/accepted/binary.cpp"), "AC");
  EXPECT_EQ(grade(p, kProblems / "guess/submissions/wrong_answer/linear.cpp").substr(0, 2), "WA");
}

TEST(PackageInteractive, Kattis2025MultiPass) {
  test::TempDir dir("package-interactive");
  fs::path p = dir.path / "twopass";
  put(p, "problem.yaml",
      "problem_format_version: 2025-09\nname: Two passes\nuuid: x\n"
      "type: pass-fail interactive multi-pass\nlimits: {time_limit: 1, validation_passes: 3}\n");
  put(p, "output_validator/interact.cpp", text_of(kProblems / "twopass/interactor/interact.cpp"));
  kattis_tests(p, "twopass");
  judge::Problem problem = judge::load_problem_any(p);
  ASSERT_TRUE(problem.interactor);
  EXPECT_EQ(problem.interactor->passes, 3u);
  EXPECT_EQ(problem.format, "kattis-2025-09");
  EXPECT_EQ(grade(p, kProblems / "twopass/submissions/accepted/base26.cpp"), "AC");
  EXPECT_EQ(grade(p, kProblems / "twopass/submissions/wrong_answer/forgetful.cpp").substr(0, 2),
            "WA");
  // Without validation_passes, the format's default of 2.
  put(p, "problem.yaml",
      "problem_format_version: 2025-09\nname: Two passes\nuuid: x\n"
      "type: [interactive, multi-pass]\n");
  EXPECT_EQ(judge::load_problem_any(p).interactor->passes, 2u);
}

std::string polygon_xml(const std::string& judging_attributes, const std::string& checker) {
  std::string tests;
  for (int i = 1; i <= 4; ++i) tests += R"(<test method="manual"/>)";
  return R"(<?xml version="1.0" encoding="utf-8"?>
<problem short-name="guess-poly">
  <judging )" +
         judging_attributes + R"(>
    <testset name="tests">
      <time-limit>1000</time-limit>
      <memory-limit>268435456</memory-limit>
      <input-path-pattern>tests/%02d</input-path-pattern>
      <answer-path-pattern>tests/%02d.a</answer-path-pattern>
      <tests>)" +
         tests + R"(</tests>
    </testset>
  </judging>
  <assets>)" +
         checker +
         R"(<interactor><source path="files/interactor.cpp" type="cpp.g++17"/></interactor>
  </assets>
</problem>
)";
}

fs::path polygon_package(const fs::path& dir, const std::string& judging_attributes,
                         const std::string& checker) {
  fs::path p = dir / "guess-poly";
  put(p, "problem.xml", polygon_xml(judging_attributes, checker));
  put(p, "files/interactor.cpp", text_of(kProblems / "guess-testlib/interactor/interact.cpp"));
  for (int i = 1; i <= 4; ++i) {
    fs::path from = kProblems / "guess-testlib/tests" / std::to_string(i);
    put(p, "tests/0" + std::to_string(i), text_of(from.string() + ".in"));
    put(p, "tests/0" + std::to_string(i) + ".a", text_of(from.string() + ".ans"));
  }
  return p;
}

TEST(PackageInteractive, PolygonTestlibInteractorWithChecker) {
  test::TempDir dir("package-interactive");
  fs::path p = polygon_package(dir.path, R"(input-file="" output-file="")",
                               R"(<checker name="std::wcmp.cpp" type="testlib"/>)");
  judge::Problem problem = judge::load_problem_any(p);
  ASSERT_TRUE(problem.interactor);
  EXPECT_EQ(problem.interactor->program.type, judge::CheckerType::Testlib);
  EXPECT_EQ(problem.interactor->program.program.source, p / "files/interactor.cpp");
  EXPECT_TRUE(problem.interactor->check_tout);
  EXPECT_EQ(problem.checker.type, judge::CheckerType::Tokens);
  EXPECT_EQ(grade(p, kProblems / "guess-testlib/submissions/accepted/binary.cpp"), "AC");
  EXPECT_EQ(grade(p, kProblems / "guess-testlib/submissions/wrong_answer/linear.cpp").substr(0, 2),
            "WA");
}

TEST(PackageInteractive, PolygonInteractorAloneAndItsRefusals) {
  test::TempDir dir("package-interactive");
  fs::path p = polygon_package(dir.path, "", "");
  judge::Problem problem = judge::load_problem_any(p);
  ASSERT_TRUE(problem.interactor);
  EXPECT_FALSE(problem.interactor->check_tout);
  p = polygon_package(dir.path / "io", R"(input-file="input.txt")", "");
  std::string message = test::load_refusal(p);
  EXPECT_NE(message.find("guess-poly/problem.xml"), std::string::npos) << message;
  EXPECT_NE(message.find("/problem/judging: an interactive problem cannot also use @input-file or "
                         "@output-file"),
            std::string::npos)
      << message;
}

}  // namespace
