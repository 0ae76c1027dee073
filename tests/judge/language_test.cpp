// The languages file: what loads, and errors naming file:line:column and the key.
#include "judge/language.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "judge/errors.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

std::string error_of(const std::string& text) {
  test::TempDir dir("judge-language-test");
  fs::path file = dir.path / "languages.toml";
  std::ofstream(file) << text;
  try {
    judge::Languages::load({file});
  } catch (const judge::InputError& e) {
    return e.what();
  }
  return "";
}

TEST(LanguagesFile, ShippedFileLoadsAndDetectsByExtension) {
  auto languages = judge::Languages::load({judge::Languages::default_file()});
  const judge::Language* cpp = languages.detect("x/main.cc");
  ASSERT_NE(cpp, nullptr);
  EXPECT_EQ(cpp->id, "cpp");
  EXPECT_EQ(languages.detect("x/main.unknown"), nullptr);
}

TEST(LanguagesFile, ArtifactGlobsHaveNoCharacterClasses) {
  // The box's init and the judge match artifacts with '*' and '?' only; '[' would mean different
  // things to each.
  std::string error =
      error_of("[x]\nsource = \"a.c\"\nartifacts = [\"a[0-9]\"]\nrun = [\"/sol/a\"]\n");
  EXPECT_NE(error.find("languages.toml:3:"), std::string::npos) << error;
  EXPECT_NE(error.find("artifacts"), std::string::npos) << error;
  EXPECT_EQ(error_of("[x]\nsource = \"a.c\"\nartifacts = [\"a*\", \"b?\"]\nrun = [\"/sol/a\"]\n"),
            "");
}

TEST(LanguagesFile, SourceMustBeAPlainName) {
  std::string error = error_of("[x]\nsource = \"../a.c\"\nrun = [\"/sol/a\"]\n");
  EXPECT_NE(error.find("languages.toml:2:"), std::string::npos) << error;
  EXPECT_NE(error.find("source"), std::string::npos) << error;
}

TEST(LanguagesFile, ALaterFileTakesAnExtensionOver) {
  test::TempDir dir("judge-language-test");
  fs::path file = dir.path / "mine.toml";
  std::ofstream(file)
      << "[mycpp]\nextensions = [\".cpp\"]\nsource = \"a.cpp\"\nrun = [\"/sol/a\"]\n";
  auto languages = judge::Languages::load({judge::Languages::default_file(), file});
  ASSERT_NE(languages.detect("x.cpp"), nullptr);
  EXPECT_EQ(languages.detect("x.cpp")->id, "mycpp");
  EXPECT_EQ(languages.detect("x.cc")->id, "cpp")
      << "the shipped language keeps what it was not asked for";
}

TEST(LanguagesFile, OneFileCannotGiveAnExtensionToTwoLanguages) {
  std::string error = error_of(
      "[a]\nextensions = [\".x\"]\nsource = \"a.x\"\nrun = [\"/sol/a\"]\n"
      "[b]\nextensions = [\".x\"]\nsource = \"b.x\"\nrun = [\"/sol/b\"]\n");
  EXPECT_NE(error.find("languages.toml:6:"), std::string::npos) << error;
  EXPECT_NE(error.find("already the extension of [a]"), std::string::npos) << error;
}

TEST(LanguagesFile, LimitsNoCompilerFitsInAreErrors) {
  const std::string head = "[x]\nsource = \"a.c\"\nrun = [\"/sol/a\"]\n";
  for (const char* line :
       {"compile_time_limit = \"0s\"", "compile_memory_limit = \"1B\"",
        "compile_wall_time_limit = \"1ms\"", "compile_output_limit = \"0B\"", "source2 = 1"}) {
    std::string error = error_of(head + line + "\n");
    EXPECT_NE(error.find("languages.toml:4:"), std::string::npos) << line << ": " << error;
  }
  EXPECT_NE(error_of("[x]\nsource = \"\"\nrun = [\"/sol/a\"]\n").find("source"), std::string::npos);
}

TEST(LanguagesFile, LimitKeysFillTheCompileLimitsAndRunPids) {
  test::TempDir dir("judge-language-test");
  fs::path file = dir.path / "languages.toml";
  std::ofstream(file) << "[plain]\nsource = \"a.c\"\nrun = [\"/sol/a\"]\n"
                      << "[set]\nsource = \"a.c\"\nrun = [\"/sol/a\"]\n"
                      << "compile_time_limit = \"2s\"\ncompile_wall_time_limit = \"5s\"\n"
                      << "compile_memory_limit = \"2GiB\"\ncompile_output_limit = \"1MiB\"\n"
                      << "compile_pids_limit = 7\nrun_pids_limit = 9\n";
  auto languages = judge::Languages::load({file});
  const judge::Language& plain = *languages.find("plain");
  const auto defaults = sandbox::compile_box_limits();
  EXPECT_EQ(plain.compile_limits.cpu_time, defaults.cpu_time);
  EXPECT_EQ(plain.compile_limits.wall_time, defaults.wall_time);
  EXPECT_EQ(plain.compile_limits.memory, defaults.memory);
  EXPECT_EQ(plain.compile_limits.pids, defaults.pids);
  EXPECT_EQ(plain.compile_limits.disk, sandbox::defaults::kCompileDisk);
  EXPECT_EQ(plain.max_artifacts, sandbox::defaults::kCompileArtifacts);
  EXPECT_FALSE(plain.run_pids) << "unset: the default of every run";

  const judge::Language& set = *languages.find("set");
  EXPECT_EQ(set.compile_limits.cpu_time, std::chrono::seconds(2));
  EXPECT_EQ(set.compile_limits.wall_time, std::chrono::seconds(5));
  EXPECT_EQ(set.compile_limits.memory, 2ull << 30);
  EXPECT_EQ(set.compile_limits.output, 1ull << 20);
  EXPECT_EQ(set.compile_limits.pids, 7u);
  EXPECT_EQ(set.run_pids, 9u);
}

TEST(LanguagesFile, TimeFactorMultipliesTheTimeLimits) {
  test::TempDir dir("judge-language-test");
  fs::path file = dir.path / "languages.toml";
  std::ofstream(file) << "[plain]\nsource = \"a.c\"\nrun = [\"/sol/a\"]\n"
                      << "[slow]\nsource = \"a.c\"\nrun = [\"/sol/a\"]\ntime_factor = 2.5\n";
  auto languages = judge::Languages::load({file});
  sandbox::Limits problem;
  problem.cpu_time = std::chrono::seconds(1);
  problem.memory = 64ull << 20;
  auto plain = languages.find("plain")->run_limits(problem);
  EXPECT_EQ(plain.cpu_time, std::chrono::seconds(1));
  EXPECT_EQ(plain.wall_time, std::chrono::seconds(4)) << "3 x 1s + 1s";
  auto slow = languages.find("slow")->run_limits(problem);
  EXPECT_EQ(slow.cpu_time, std::chrono::milliseconds(2500));
  EXPECT_EQ(slow.wall_time, std::chrono::milliseconds(8500))
      << "the default follows: 3 x 2.5s + 1s";
  EXPECT_EQ(slow.memory, 64ull << 20) << "memory is not scaled";
  EXPECT_EQ(slow.pids, sandbox::defaults::kPids);
  problem.wall_time = std::chrono::seconds(3);
  EXPECT_EQ(languages.find("slow")->run_limits(problem).wall_time, std::chrono::milliseconds(7500))
      << "a problem's own wall limit is scaled too";
}

TEST(LanguagesFile, TimeFactorOutOfRangeNamesTheSpot) {
  const std::string head = "[x]\nsource = \"a.c\"\nrun = [\"/sol/a\"]\n";
  for (const char* bad : {"0.5", "11", "0", "-2", "nan"}) {
    std::string error = error_of(head + "time_factor = " + bad + "\n");
    EXPECT_NE(error.find(":4:15: x.time_factor: must be in [1, 10]"), std::string::npos)
        << bad << ": " << error;
  }
  EXPECT_NE(error_of(head + "time_factor = \"2\"\n").find("x.time_factor: expected a number"),
            std::string::npos);
  EXPECT_EQ(error_of(head + "time_factor = 10\n"), "");
  EXPECT_EQ(error_of(head + "time_factor = 1.0\n"), "");
}

TEST(LanguagesFile, TheJvmGetsMoreThreadsThanTheDefault) {
  auto languages = judge::Languages::load({judge::Languages::default_file()});
  ASSERT_NE(languages.find("java"), nullptr);
  EXPECT_GT(languages.find("java")->run_pids.value_or(0), sandbox::defaults::kPids);
  EXPECT_FALSE(languages.find("cpp")->run_pids);
  EXPECT_FALSE(languages.find("java")->out_of_memory_stderr.empty()) << "its OutOfMemoryError";
  EXPECT_TRUE(languages.find("cpp")->out_of_memory_stderr.empty());
}

}  // namespace
