// Polygon packages read in place (no boxes): problem.xml's limits, file I/O, tests, groups and
// checkers, and every refusal naming the file and the element.
#include <gtest/gtest.h>

#include <filesystem>

#include "judge/errors.h"
#include "judge/package/load_any.h"
#include "judge/package/polygon_problem.h"
#include "tests/package/package_files.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using judge::CheckerType;
using judge::GroupScoring;
using test::put;

const char* const kTests =
    R"(<test method="manual" sample="true" group="0" points="0"/>
       <test method="generated" cmd="gen 1" group="1" points="20"/>
       <test method="generated" cmd="gen 2" group="1" points="20"/>
       <test method="generated" cmd="gen 3" group="2" points="30"/>)";
const char* const kGroups =
    R"(<group name="0" points="0" points-policy="each-test"/>
       <group name="1" points="40" points-policy="complete-group"/>
       <group name="2" points-policy="complete-group">
         <dependencies><dependency group="1"/></dependencies>
       </group>)";

std::string problem_xml(
    const std::string& tests = kTests, const std::string& groups = kGroups,
    const std::string& checker = R"(<checker name="std::rcmp6.cpp" type="testlib"/>)") {
  return R"(<?xml version="1.0" encoding="utf-8" standalone="no"?>
<problem revision="3" short-name="min-max" url="https://polygon.codeforces.com/p/x/min-max">
  <names><name language="russian" value="Мин"/><name language="english" value="Min and max"/></names>
  <judging cpu-name="Intel" cpu-speed="3600" input-file="input.txt" output-file="" run-count="1">
    <testset name="tests">
      <time-limit>1500</time-limit>
      <memory-limit>268435456</memory-limit>
      <test-count>4</test-count>
      <input-path-pattern>tests/%02d</input-path-pattern>
      <answer-path-pattern>tests/%02d.a</answer-path-pattern>
      <tests>)" +
         tests + "</tests><groups>" + groups + R"(</groups>
    </testset>
  </judging>
  <assets>)" +
         checker + R"(</assets>
</problem>
)";
}

void package(const fs::path& dir, const std::string& xml = problem_xml()) {
  put(dir, "problem.xml", xml);
  for (int i = 1; i <= 4; ++i) {
    put(dir, "tests/0" + std::to_string(i), std::to_string(i) + "\n");
    put(dir, "tests/0" + std::to_string(i) + ".a", std::to_string(i) + "\n");
  }
}

TEST(PolygonPackage, ReadsLimitsFileIoTestsGroupsAndAStandardChecker) {
  test::TempDir dir("polygon");
  package(dir.path / "pkg");
  judge::Problem p = judge::load_problem_any(dir.path / "pkg");
  EXPECT_EQ(p.format, "polygon");
  EXPECT_EQ(p.name, "min-max");
  EXPECT_EQ(p.title, "Min and max");
  EXPECT_EQ(p.limits.cpu_time->count(), 1'500'000);
  EXPECT_EQ(*p.limits.memory, 256ull << 20);
  EXPECT_EQ(p.file_io.input_file, "input.txt");
  EXPECT_EQ(p.file_io.output_file, "");
  ASSERT_EQ(p.tests.size(), 4u);
  EXPECT_EQ(p.tests[3].name, "4");
  EXPECT_EQ(p.tests[3].input, fs::canonical(dir.path / "pkg/tests/04"));
  EXPECT_EQ(p.tests[3].answer, fs::canonical(dir.path / "pkg/tests/04.a"));
  EXPECT_EQ(p.checker.type, CheckerType::Float);
  EXPECT_DOUBLE_EQ(p.checker.abs_tolerance, 1e-6);
  ASSERT_EQ(p.groups.size(), 3u);
  EXPECT_EQ(p.groups[0].scoring, GroupScoring::Sum);
  EXPECT_EQ(p.groups[1].points, 40);
  EXPECT_EQ(p.groups[1].scoring, GroupScoring::PassFail);
  EXPECT_EQ(p.groups[1].tests, (std::vector<std::size_t>{1, 2}));
  EXPECT_EQ(p.groups[2].points, 30);  // the sum of its tests' points
  EXPECT_EQ(p.groups[2].depends_on, (std::vector<std::size_t>{1}));
}

TEST(PolygonPackage, ACustomTestlibCheckerIsCompiledFromItsSource) {
  test::TempDir dir("polygon");
  package(dir.path / "pkg", problem_xml(kTests, kGroups,
                                        R"(<checker name="check.cpp" type="testlib">
                                             <source path="files/check.cpp" type="cpp.g++17"/>
                                           </checker>)"));
  put(dir.path / "pkg", "files/check.cpp", "int main() {}\n");
  judge::Problem p = judge::load_problem_any(dir.path / "pkg/problem.xml");
  EXPECT_EQ(p.checker.type, CheckerType::Testlib);
  EXPECT_EQ(p.checker.program.source, fs::canonical(dir.path / "pkg/files/check.cpp"));
}

TEST(PolygonPackage, StandardCheckersMapOntoBuiltIns) {
  test::TempDir dir("polygon");
  for (auto [name, type, sensitive] : {std::tuple{"std::wcmp.cpp", CheckerType::Tokens, true},
                                       std::tuple{"std::lcmp.cpp", CheckerType::Tokens, true},
                                       std::tuple{"std::fcmp.cpp", CheckerType::Lines, true},
                                       std::tuple{"std::yesno.cpp", CheckerType::Tokens, false},
                                       std::tuple{"std::rcmp9.cpp", CheckerType::Float, true}}) {
    package(dir.path / "pkg",
            problem_xml(kTests, kGroups,
                        std::string("<checker name=\"") + name + "\" type=\"testlib\"/>"));
    judge::Problem p = judge::load_problem_any(dir.path / "pkg");
    EXPECT_EQ(p.checker.type, type) << name;
    EXPECT_EQ(p.checker.case_sensitive, sensitive) << name;
    EXPECT_EQ(p.checker.line_spaces_count, std::string(name) == "std::fcmp.cpp") << name;
    EXPECT_EQ(p.checker.layout,
              std::string(name) == "std::lcmp.cpp" ? judge::Layout::Lines : judge::Layout::Any)
        << name;
  }
}

TEST(PolygonPackage, TestPathPatterns) {
  EXPECT_EQ(judge::polygon_test_path("tests/%02d", 7), "tests/07");
  EXPECT_EQ(judge::polygon_test_path("tests/%d.a", 123), "tests/123.a");
  EXPECT_EQ(judge::polygon_test_path("t/%03d%%", 5), "t/005%");
  EXPECT_EQ(judge::polygon_test_path("tests/%s", 1), std::nullopt);
  EXPECT_EQ(judge::polygon_test_path("tests/%d-%d", 1), std::nullopt);
  EXPECT_EQ(judge::polygon_test_path("tests/01", 1), std::nullopt);
}

struct Refused {
  std::string xml;
  const char* expected;
};

class PolygonRefuses : public ::testing::TestWithParam<Refused> {};

TEST_P(PolygonRefuses, NamingFileAndElement) {
  test::TempDir dir("polygon");
  package(dir.path / "pkg", GetParam().xml);
  std::string message = test::load_refusal(dir.path / "pkg");
  EXPECT_NE(message.find("problem.xml"), std::string::npos) << message;
  EXPECT_NE(message.find(GetParam().expected), std::string::npos) << message;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, PolygonRefuses,
    ::testing::Values(
        Refused{
            problem_xml(
                kTests, kGroups,
                R"(<checker name="std::wcmp.cpp" type="testlib"/><interactor><source path="i.cpp"/></interactor>)"),
            "/problem/assets/interactor: <source path='i.cpp'>: no such file in the package"},
        Refused{
            problem_xml(
                kTests, kGroups,
                R"(<checker name="std::wcmp.cpp" type="testlib"/><interactor type="kattis"><source path="i.cpp"/></interactor>)"),
            "/problem/assets/interactor: @type: 'kattis' (only testlib interactors are supported)"},
        Refused{problem_xml(kTests, kGroups, R"(<checker name="std::ncmp.cpp" type="testlib"/>)"),
                "checker: the standard checker 'std::ncmp.cpp' has no built-in equivalent"},
        Refused{problem_xml(kTests, kGroups, R"(<checker name="c.pas" type="pascal"/>)"),
                "@type: 'pascal'"},
        Refused{problem_xml(
                    kTests, kGroups,
                    R"(<checker name="c.cpp" type="testlib"><source path="../c.cpp"/></checker>)"),
                "a path with '..'"},
        Refused{
            problem_xml(
                kTests +
                    std::string(R"(<test method="generated" cmd="gen 9" group="2" points="30"/>)"),
                kGroups),
            "test 5: its input 'tests/05' is not in the package (a generated test"},
        Refused{problem_xml(replaced(kTests, "gen 2\" group=\"1\" points=\"20",
                                     "gen 2\" group=\"1\" points=\"10"),
                            replaced(kGroups, "points=\"40\" points-policy=\"complete-group",
                                     "points-policy=\"each-test")),
                "group '1': each-test points that differ"},
        Refused{
            problem_xml(
                kTests,
                R"(<group name="0" points-policy="each-test"/><group name="2" points-policy="complete-group"><dependencies><dependency group="1"/></dependencies></group><group name="1" points-policy="complete-group"/>)"),
            "group '1' is not a group listed before '2'"},
        Refused{problem_xml(kTests, ""),
                "test 1 has a group or points, but the testset has no <groups>"},
        Refused{
            problem_xml(
                kTests,
                R"(<group name="0" points-policy="each-test"/><group name="1" points-policy="complete-group"/>)"),
            "test 4 is in no group"},
        Refused{problem_xml(kTests, R"(<group name="0" points-policy="weird"/>)"),
                "@points-policy: 'weird'"},
        Refused{replaced(problem_xml(), "<test-count>4", "<test-count>5"),
                "says 5 tests, <tests> lists 4"},
        Refused{replaced(problem_xml(), "<time-limit>1500", "<time-limit>fast"),
                "not a non-negative number: 'fast'"},
        Refused{replaced(problem_xml(), "tests/%02d<", "tests/%s<"),
                "<input-path-pattern>: missing, or not a pattern"},
        Refused{replaced(problem_xml(), "input-file=\"input.txt\"", "input-file=\"../x\""),
                "@input-file: '../x' is not a plain file name"},
        Refused{problem_xml().substr(0, 400), "not valid XML"},
        Refused{"<notproblem/>", "no <problem> element"}));

TEST(PolygonPackage, RefusesAMissingAnswer) {
  test::TempDir dir("polygon");
  package(dir.path / "pkg");
  fs::remove(dir.path / "pkg/tests/03.a");
  std::string message = test::load_refusal(dir.path / "pkg");
  EXPECT_NE(message.find("problem.xml:"), std::string::npos) << message;
  EXPECT_NE(message.find("test 3: its answer is not in the package"), std::string::npos) << message;
}

}  // namespace
