// A Kattis package's include/<language>/ (judge/package/kattis_include.h): its files go beside
// every submission in that language, headers included and sources compiled with it. One compile.
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

// A legacy package of one test.
fs::path sum_package(const fs::path& dir) {
  fs::path p = dir / "sum";
  put(p, "problem.yaml", "name: Sum\n");
  put(p, "data/secret/1.in", "20 22\n");
  put(p, "data/secret/1.ans", "42\n");
  return p;
}

TEST(KattisInclude, FilesGoWithEverySubmissionOfTheLanguage) {
  test::TempDir dir("kattis-include");
  fs::path p = sum_package(dir.path);
  put(p, "include/cpp/add.h", "long long add(long long a, long long b);\n");
  put(p, "include/cpp/add.cpp",
      "#include \"add.h\"\nlong long add(long long a, long long b) "
      "{ return a + b; }\n");
  judge::Problem problem = judge::load_problem_any(p);
  ASSERT_EQ(problem.graders.size(), 1u);
  EXPECT_EQ(problem.graders.at("cpp").files,
            (std::vector<fs::path>{fs::canonical(p / "include/cpp/add.cpp"),
                                   fs::canonical(p / "include/cpp/add.h")}));

  judge::Grader grader(test::shared_sandbox(),
                       judge::Languages::load({judge::Languages::default_file()}),
                       dir.path / "cache");
  put(dir.path, "sum.cpp",
      "#include <cstdio>\n#include \"add.h\"\n"
      "int main() { long long a, b; if (std::scanf(\"%lld %lld\", &a, &b) != 2) return 1;\n"
      "  std::printf(\"%lld\\n\", add(a, b)); }\n");
  judge::Report report = grader.grade(problem, dir.path / "sum.cpp", {});
  EXPECT_EQ(report.verdict, judge::Verdict::AC) << report.compile.log << report.message;

  // A language without include files: the problem's files are for cpp only (as graders are).
  put(dir.path, "sum.py", "print(42)\n");
  report = grader.grade(problem, dir.path / "sum.py", {});
  EXPECT_EQ(report.verdict, judge::Verdict::CE);
  EXPECT_NE(report.compile.message.find("only for cpp"), std::string::npos)
      << report.compile.message;
}

// A link in include/ that points out of the package is refused by name.
TEST(KattisInclude, ALinkOutOfThePackageIsRefused) {
  test::TempDir dir("kattis-include");
  fs::path p = sum_package(dir.path);
  put(dir.path, "secret.h", "int x;\n");
  fs::create_directories(p / "include/cpp");
  fs::create_symlink(dir.path / "secret.h", p / "include/cpp/x.h");
  std::string message = test::load_refusal(p);
  EXPECT_NE(message.find("include/cpp/x.h"), std::string::npos) << message;
  EXPECT_NE(message.find("outside"), std::string::npos) << message;
}

}  // namespace
