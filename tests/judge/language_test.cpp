// The languages file: what loads, and errors naming file:line:column and the key.
#include "judge/language.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "judge/input_error.h"
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

}  // namespace
