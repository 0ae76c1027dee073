// Shapes found in real packages (docs/package-formats.md, "Tested against real packages"), each
// rebuilt here as a small package of its own: what the readers make of them. Nothing runs.
#include <gtest/gtest.h>

#include "judge/package/load_any.h"
#include "tests/package/package_files.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

// A Polygon package whose <checker> names files/check.cpp, as Polygon writes it, and its
// <copy path="check.cpp">: version-controlled packages often keep only the copy.
fs::path polygon_with_checker_copy(const fs::path& dir) {
  fs::path p = dir / "p";
  test::put(p, "tests/01", "1\n");
  test::put(p, "tests/01.a", "1\n");
  test::put(p, "problem.xml", R"(<problem short-name="p"><judging><testset name="tests">
<time-limit>1000</time-limit><memory-limit>268435456</memory-limit><test-count>1</test-count>
<input-path-pattern>tests/%02d</input-path-pattern><answer-path-pattern>tests/%02d.a</answer-path-pattern>
<tests><test method="manual"/></tests></testset></judging>
<assets><checker type="testlib"><source path="files/check.cpp" type="cpp.g++17"/>
<copy path="check.cpp"/></checker></assets></problem>)");
  return p;
}

TEST(RealPackageShapes, APolygonCheckerFoundOnlyAsItsCopy) {
  test::TempDir dir("real-shapes");
  fs::path p = polygon_with_checker_copy(dir.path);
  test::put(p, "check.cpp", "int main() {}\n");
  judge::Problem problem = judge::load_problem_any(p);
  EXPECT_EQ(problem.checker.type, judge::CheckerType::Testlib);
  EXPECT_EQ(problem.checker.program.source, fs::canonical(p) / "check.cpp");
}

TEST(RealPackageShapes, APolygonCheckerSourceWinsOverItsCopy) {
  test::TempDir dir("real-shapes");
  fs::path p = polygon_with_checker_copy(dir.path);
  test::put(p, "check.cpp", "int main() {}\n");
  test::put(p, "files/check.cpp", "int main() {}\n");
  EXPECT_EQ(judge::load_problem_any(p).checker.program.source,
            fs::canonical(p) / "files/check.cpp");
}

TEST(RealPackageShapes, APolygonCheckerWithNeitherSourceNorCopyIsRefusedNamingBoth) {
  test::TempDir dir("real-shapes");
  fs::path p = polygon_with_checker_copy(dir.path);
  EXPECT_EQ(test::load_refusal(p),
            (p / "problem.xml").string() +
                ":5: /problem/assets/checker: <source path='files/check.cpp'> (nor its <copy "
                "path='check.cpp'>): no such file in the package");
}

// A CMS Communication task as kept in version control: check/manager.cpp, no built manager.
TEST(RealPackageShapes, ACmsManagerSourceMeansACommunicationTask) {
  for (const char* manager : {"check/manager.cpp", "cor/manager.c"}) {
    test::TempDir dir("real-shapes");
    fs::path p = dir.path / "t";
    test::put(p, "task.yaml", "name: t\ntime_limit: 1\nmemory_limit: 64\nn_input: 1\n");
    test::put(p, "input/input0.txt", "1\n");
    test::put(p, "output/output0.txt", "1\n");
    test::put(p, manager, "int main() {}\n");
    EXPECT_EQ(
        test::load_refusal(p),
        (p / manager).string() + ": a manager means a Communication task, which is not supported")
        << manager;
  }
}

}  // namespace
