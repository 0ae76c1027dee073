// `judge run` on packages: a directory, a zip, and a refused package (exit 2, file and key named).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/package/package_files.h"
#include "tests/support/shell_output.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

using Output = test::ShellOutput;

Output run(const std::string& args) {
  return test::run_shell(args);
}

const std::string kProblems = std::string(JUDGE_SOURCE_DIR) + "/problems/";
const std::string kRun = std::string(JUDGE_BINARY) + " run --cache-dir " + TEST_BUILD_DIR +
                         "/example-cache --format json ";

TEST(PackageCli, AKattisDirectoryReportsItsFormat) {
  Output o = run(kRun + kProblems + "average " + kProblems +
                 "average/submissions/wrong_answer/integer_division.cpp");
  EXPECT_EQ(o.status, 1) << o.out;
  auto json = nlohmann::json::parse(o.out);
  EXPECT_EQ(json["format"], "kattis-2025-09");
  EXPECT_EQ(json["verdict"], "WA");
  EXPECT_EQ(json["score"], 40);
}

TEST(PackageCli, AZippedPolygonPackageIsGradedAndReportsItsFormat) {
  test::TempDir dir("package-cli");
  Output zip = run("cd " + kProblems + " && python3 -m zipfile -c " +
                   (dir.path / "minmax.zip").string() + " minmax");
  ASSERT_EQ(zip.status, 0) << zip.out;
  Output o = run(kRun + (dir.path / "minmax.zip").string() + " " + kProblems +
                 "minmax/solutions/minmax.cpp");
  EXPECT_EQ(o.status, 0) << o.out;
  auto json = nlohmann::json::parse(o.out);
  EXPECT_EQ(json["format"], "polygon");
  EXPECT_EQ(json["problem"], "minmax");
  EXPECT_EQ(json["verdict"], "AC");
  EXPECT_EQ(json["score"], 100);
}

TEST(PackageCli, ARefusedPackageExitsTwoNamingFileAndKey) {
  test::TempDir dir("package-cli");
  test::put(dir.path / "p", "problem.yaml", "name: P\nvalidation: custom score\n");
  test::put(dir.path / "p", "data/secret/1.in", "1\n");
  test::put(dir.path / "p", "data/secret/1.ans", "1\n");
  Output o =
      run(kRun + (dir.path / "p").string() + " " + kProblems + "minmax/solutions/minmax.cpp");
  EXPECT_EQ(o.status, 2) << o.out;
  EXPECT_NE(o.out.find("p/problem.yaml:2:13: 'validation': 'custom score' (legacy scoring) is not "
                       "supported yet"),
            std::string::npos)
      << o.out;
}

}  // namespace

namespace {

const std::string kVerify = std::string(JUDGE_BINARY) + " verify --cache-dir " + TEST_BUILD_DIR +
                            "/example-cache --format json ";

TEST(PackageVerify, TheExamplePackagesVerify) {
  for (const char* problem : {"average", "minmax"}) {
    Output o = run(kVerify + kProblems + problem);
    EXPECT_EQ(o.status, 0) << o.out;
    auto json = nlohmann::json::parse(o.out);
    EXPECT_EQ(json["all_as_expected"], true) << problem;
    EXPECT_EQ(json["submissions"].size(), 5u) << problem;
    EXPECT_EQ(json["skipped"].size(), 0u) << problem;
  }
}

TEST(PackageVerify, ASubmissionInTheWrongFolderFailsVerification) {
  test::TempDir dir("package-verify");
  fs::copy(kProblems + "average", dir.path / "average", fs::copy_options::recursive);
  fs::rename(dir.path / "average/submissions/wrong_answer/integer_division.cpp",
             dir.path / "average/submissions/accepted/integer_division.cpp");
  Output o = run(kVerify + (dir.path / "average").string());
  EXPECT_EQ(o.status, 1) << o.out;
  auto json = nlohmann::json::parse(o.out);
  EXPECT_EQ(json["all_as_expected"], false);
  int mismatches = 0;
  for (const auto& s : json["submissions"])
    if (!s["as_expected"].get<bool>()) {
      ++mismatches;
      EXPECT_EQ(s["source"], "submissions/accepted/integer_division.cpp");
      EXPECT_EQ(s["verdict"], "WA");
      EXPECT_EQ(s["expected"], "AC score 40");  // the score its source states
    }
  EXPECT_EQ(mismatches, 1);
}

}  // namespace
