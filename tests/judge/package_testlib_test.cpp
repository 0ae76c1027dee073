// A Polygon package's own testlib.h for its checker and interactor
// (judge/package/polygon_testlib.h): the checker here compiles only against the package's copy, a
// header of this test that defines what the checker uses and a marker no other testlib.h has. One
// checker compile, two gradings.
#include <gtest/gtest.h>

#include <filesystem>

#include "judge/grader.h"
#include "judge/package/load_any.h"
#include "tests/package/package_files.h"
#include "tests/support/box.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using test::put;

// Enough of testlib's checker interface for the checker below, and kPackageTestlib.
const char* const kTestlib = R"(#pragma once
#include <cstdio>
#include <cstdlib>
constexpr int kPackageTestlib = 1;
enum TResult { _ok = 0, _wa = 1, _fail = 3 };
struct InStream {
  FILE* file = nullptr;
  long long readLong() {
    long long x = 0;
    if (!file || std::fscanf(file, "%lld", &x) != 1) std::exit(_wa);
    return x;
  }
};
inline InStream inf, ouf, ans;
inline void registerTestlibCmd(int argc, char** argv) {
  if (argc < 4) std::exit(_fail);
  inf.file = std::fopen(argv[1], "r");
  ouf.file = std::fopen(argv[2], "r");
  ans.file = std::fopen(argv[3], "r");
}
[[noreturn]] inline void quitf(TResult result, const char* message) {
  std::fprintf(stderr, "%s\n", message);
  std::exit(result);
}
)";

const char* const kChecker = R"(#include "testlib.h"
static_assert(kPackageTestlib == 1, "the package's testlib.h");
int main(int argc, char** argv) {
  registerTestlibCmd(argc, argv);
  if (ouf.readLong() != ans.readLong()) quitf(_wa, "differs");
  quitf(_ok, "same");
}
)";

std::string problem_xml(const std::string& assets) {
  return R"(<?xml version="1.0" encoding="utf-8"?>
<problem short-name="sum">
  <judging input-file="" output-file="">
    <testset name="tests">
      <time-limit>2000</time-limit>
      <memory-limit>268435456</memory-limit>
      <test-count>1</test-count>
      <input-path-pattern>tests/%02d</input-path-pattern>
      <answer-path-pattern>tests/%02d.a</answer-path-pattern>
      <tests><test method="manual"/></tests>
    </testset>
  </judging>
  <assets>)" +
         assets +
         R"(</assets>
</problem>
)";
}

const char* const kCheckerAsset =
    R"(<checker name="check.cpp" type="testlib"><source path="files/check.cpp"/></checker>)";

fs::path package(const fs::path& dir, const std::string& assets = kCheckerAsset) {
  put(dir, "problem.xml", problem_xml(assets));
  put(dir, "tests/01", "1 2\n");
  put(dir, "tests/01.a", "3\n");
  put(dir, "files/check.cpp", kChecker);
  return dir;
}

TEST(PolygonTestlib, TheCheckerCompilesWithThePackagesTestlib) {
  test::TempDir dir("polygon-testlib");
  fs::path p = package(dir.path / "pkg");
  put(p, "files/testlib.h", kTestlib);
  judge::Problem problem = judge::load_problem_any(p);
  EXPECT_EQ(problem.checker.program.compile_files,
            std::vector<fs::path>{fs::canonical(p / "files/testlib.h")});
  judge::Grader grader(test::shared_sandbox(),
                       judge::Languages::load({judge::Languages::default_file()}),
                       dir.path / "cache");
  put(dir.path, "right.py", "a, b = map(int, input().split())\nprint(a + b)\n");
  put(dir.path, "wrong.py", "print(4)\n");
  judge::Report right = grader.grade(problem, dir.path / "right.py", {});
  EXPECT_EQ(right.verdict, judge::Verdict::AC) << right.message;
  judge::Report wrong = grader.grade(problem, dir.path / "wrong.py", {});
  EXPECT_EQ(wrong.verdict, judge::Verdict::WA) << wrong.message;
}

// A <resources> file named testlib.h is the package's copy too; the interactor gets it as well.
TEST(PolygonTestlib, AResourcesCopyAndTheInteractor) {
  test::TempDir dir("polygon-testlib");
  fs::path p =
      package(dir.path / "pkg", std::string(kCheckerAsset) +
                                    R"(<interactor><source path="files/check.cpp"/></interactor>)");
  put(p, "files/lib/testlib.h", kTestlib);
  std::string xml = problem_xml(std::string(kCheckerAsset) +
                                R"(<interactor><source path="files/check.cpp"/></interactor>)");
  xml.replace(xml.find("<judging"), 0,
              R"(<files><resources><file path="files/lib/testlib.h"/></resources></files>)");
  put(p, "problem.xml", xml);
  judge::Problem problem = judge::load_problem_any(p);
  std::vector<fs::path> expected{fs::canonical(p / "files/lib/testlib.h")};
  EXPECT_EQ(problem.checker.program.compile_files, expected);
  ASSERT_TRUE(problem.interactor);
  EXPECT_EQ(problem.interactor->program.program.compile_files, expected);
}

// A checker that includes testlib.h in a package without one is refused when the package loads.
TEST(PolygonTestlib, ACheckerIncludingAMissingTestlibIsRefused) {
  test::TempDir dir("polygon-testlib");
  fs::path p = package(dir.path / "pkg");
  std::string message = test::load_refusal(p);
  EXPECT_NE(message.find("problem.xml:"), std::string::npos) << message;
  EXPECT_NE(message.find("files/check.cpp includes testlib.h, which the package does not hold"),
            std::string::npos)
      << message;
}

}  // namespace
