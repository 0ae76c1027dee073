// Which files of a Kattis package's data/invalid_input `judge verify` checks and the arguments
// each gives the input validators (judge/package/invalid_inputs.h); nothing runs.
#include <gtest/gtest.h>

#include "judge/package/invalid_inputs.h"
#include "judge/package/load_any.h"
#include "tests/package/package_files.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using Args = std::vector<std::vector<std::string>>;

fs::path modern_package(const fs::path& dir) {
  fs::path p = dir / "p";
  test::put(p, "problem.yaml", "problem_format_version: 2025-09\nname: P\nuuid: x\n");
  test::put(p, "input_validators/check.py", "");
  test::put(p, "input_validators/other.py", "");
  test::put(p, "data/secret/1.in", "1\n");
  test::put(p, "data/secret/1.ans", "1\n");
  return p;
}

TEST(InvalidInputs, EveryInFileAtAnyDepthWithTheNearestArguments) {
  test::TempDir dir("invalid-inputs");
  fs::path p = modern_package(dir.path);
  test::put(p, "data/invalid_input/test_group.yaml", "input_validator_args: [max, '3']\n");
  test::put(p, "data/invalid_input/b.in", "5\n");
  test::put(p, "data/invalid_input/a.in", "x\n");
  test::put(p, "data/invalid_input/a.yaml", "input_validator_args:\n  other: [strict]\n");
  test::put(p, "data/invalid_input/notes.txt", "not a test\n");
  test::put(p, "data/invalid_input/deep/c.in", "2\n");
  judge::InvalidInputs invalid = judge::invalid_inputs(judge::load_problem_any(p));
  EXPECT_EQ(invalid.names, (std::vector<std::string>{"invalid_input/a", "invalid_input/b",
                                                     "invalid_input/deep/c"}));
  ASSERT_EQ(invalid.inputs.size(), 3u);
  EXPECT_EQ(invalid.inputs[2].filename(), "c.in");
  ASSERT_EQ(invalid.validators.size(), 2u);
  EXPECT_EQ(invalid.validators[0].name, "input_validators/check.py");
  // a.yaml's map names `other` alone: check gets nothing for a.
  EXPECT_EQ(invalid.validators[0].test_args, (Args{{}, {"max", "3"}, {"max", "3"}}));
  EXPECT_EQ(invalid.validators[1].test_args, (Args{{"strict"}, {"max", "3"}, {"max", "3"}}));
}

TEST(InvalidInputs, NoneWithoutTheDirectoryOrOutsideKattisPackages) {
  test::TempDir dir("invalid-inputs");
  fs::path p = modern_package(dir.path);
  EXPECT_TRUE(judge::invalid_inputs(judge::load_problem_any(p)).inputs.empty());
  fs::path toml = dir.path / "t";
  test::put(toml, "problem.toml",
            "name = \"t\"\ntime_limit = \"1s\"\nmemory_limit = \"64MiB\"\n[tests]\ndir = \"d\"\n");
  test::put(toml, "d/1.in", "1\n");
  test::put(toml, "d/1.ans", "1\n");
  test::put(toml, "data/invalid_input/1.in", "x\n");  // not a Kattis package: not read
  EXPECT_TRUE(judge::invalid_inputs(judge::load_problem_any(toml)).inputs.empty());
}

TEST(InvalidInputs, ALinkBackToADirectoryIsRefused) {
  test::TempDir dir("invalid-inputs");
  fs::path p = modern_package(dir.path);
  test::put(p, "data/invalid_input/a.in", "x\n");
  fs::create_directory_symlink(".", p / "data/invalid_input/loop");  // itself
  judge::Problem problem = judge::load_problem_any(p);
  try {
    judge::invalid_inputs(problem);
    FAIL() << "not refused";
  } catch (const judge::InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              (p / "data/invalid_input/loop").string() + ": a directory reached a second time");
  }
}

TEST(InvalidInputs, ALinkOutOfThePackageIsRefused) {
  test::TempDir dir("invalid-inputs");
  fs::path p = modern_package(dir.path);
  test::put(dir.path, "outside/x.in", "x\n");
  fs::create_directories(p / "data/invalid_input");
  fs::create_directory_symlink(dir.path / "outside", p / "data/invalid_input/out");
  judge::Problem problem = judge::load_problem_any(p);
  try {
    judge::invalid_inputs(problem);
    FAIL() << "not refused";
  } catch (const judge::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("outside the package"), std::string::npos) << e.what();
  }
}

}  // namespace
