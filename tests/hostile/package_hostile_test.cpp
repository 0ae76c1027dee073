// Hostile problem packages (security review of 2026-11-30, docs/security-review-2026-11-30.md):
// - a zipped package whose problem.toml names files outside the zip (an absolute path, '..') is
//   refused: the host file would be read by the judge (root) and bound into the boxes as a test;
// - names a package chooses (tests, groups) reach the terminal without control characters: a
//   test file named "\e]52;c;...\a.in" must not drive the terminal of whoever grades it.
// No boxes: the loader and the report only.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "judge/errors.h"
#include "judge/package/load_any.h"
#include "judge/report.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

using Entries = std::map<std::string, std::string>;

// zip path -> (name -> contents), zipped by one Python zipfile run as regular files (0644).
void write_zips(const fs::path& dir, const std::map<std::string, Entries>& zips) {
  fs::path spec = dir / "zips.json";
  std::ofstream(spec) << nlohmann::json(zips).dump();
  std::string command =
      "python3 -c \"import json, sys, zipfile\n"
      "for path, entries in json.load(open(sys.argv[1])).items():\n"
      "    with zipfile.ZipFile(path, 'w') as z:\n"
      "        for name, data in entries.items(): z.writestr(name, data)\n"
      "\" '" +
      spec.string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  fs::remove(spec);
}

const char* const kHead = "name = \"z\"\ntime_limit = \"1s\"\nmemory_limit = \"64MiB\"\n[tests]\n";

// The zips are made once for the suite (one Python start, not one per test).
class ZippedProblemToml : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir("judge-zip-confine");
    secret_ = dir_->path / "host-secret.txt";
    std::ofstream(secret_) << "hunter2\n";
    std::ofstream(dir_->path / "host-secret.in") << "x\n";
    std::ofstream(dir_->path / "host-secret.ans") << "x\n";
    // The zip is extracted to $TMPDIR/judge-.../package: climb to / and come down to the secret.
    const std::string up = "../../../../../../../../../../../..";
    const std::string tests = "[[tests.case]]\ninput = \"";
    std::map<std::string, Entries> zips{
        {"absolute",
         {{"problem.toml", kHead + tests + secret_.string() + "\"\nanswer = \"1.ans\"\n"},
          {"1.ans", "3\n"}}},
        {"dotdot",
         {{"problem.toml", kHead + tests + "1.in\"\nanswer = \"" + up + secret_.string() + "\"\n"},
          {"1.in", "1 2\n"}}},
        {"test-dir",
         {{"problem.toml", kHead + std::string("dir = \"") + dir_->path.string() + "\"\n"}}},
        {"checker",
         {{"problem.toml",
           kHead + std::string("dir = \"t\"\n[checker]\ntype = \"testlib\"\nsource = \"") +
               secret_.string() + "\"\nlanguage = \"cpp\"\n"},
          {"t/1.in", "1\n"},
          {"t/1.ans", "1\n"}}},
        {"inside",
         {{"problem.toml", kHead + std::string("dir = \"t\"\n")},
          {"t/1.in", "1 2\n"},
          {"t/1.ans", "3\n"}}}};
    std::map<std::string, Entries> by_path;
    for (auto& [name, entries] : zips) by_path[(dir_->path / (name + ".zip")).string()] = entries;
    write_zips(dir_->path, by_path);
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  // The error loading zip `name`, "" when it loads.
  static std::string zip_error(const std::string& name) {
    try {
      judge::load_problem_any(dir_->path / (name + ".zip"));
    } catch (const judge::InputError& e) {
      return e.what();
    }
    return "";
  }

  static test::TempDir* dir_;
  static fs::path secret_;
};
test::TempDir* ZippedProblemToml::dir_ = nullptr;
fs::path ZippedProblemToml::secret_;

TEST_F(ZippedProblemToml, ATestNamingAnAbsoluteHostPathIsRefused) {
  std::string error = zip_error("absolute");
  EXPECT_NE(error.find(secret_.string() + ": outside the zipped package"), std::string::npos)
      << error;
}

TEST_F(ZippedProblemToml, AnAnswerReachedByDotDotIsRefused) {
  std::string error = zip_error("dotdot");
  EXPECT_NE(error.find(": outside the zipped package"), std::string::npos) << error;
}

TEST_F(ZippedProblemToml, ATestDirectoryOutsideIsRefused) {
  std::string error = zip_error("test-dir");
  EXPECT_NE(error.find("host-secret.in: outside the zipped package"), std::string::npos) << error;
}

TEST_F(ZippedProblemToml, ACheckerSourceOutsideIsRefused) {
  std::string error = zip_error("checker");
  EXPECT_NE(error.find(secret_.string() + ": outside the zipped package"), std::string::npos)
      << error;
}

TEST_F(ZippedProblemToml, APackageThatStaysInsideStillLoads) {
  EXPECT_EQ(zip_error("inside"), "");
}

TEST(PackageNames, ControlCharactersAndLineBreaksOfANameNeverReachTheTerminal) {
  EXPECT_EQ(judge::printable_name("a\x1b]52;c;aGk=\x07\nb\tc\r"), "a?]52;c;aGk=??b?c?");
  judge::TestReport t;
  t.name = "x\x1b[2J\nAC";
  t.verdict = judge::Verdict::WA;
  std::string row = judge::table_row(t, {});
  EXPECT_EQ(row.find('\x1b'), std::string::npos) << row;
  EXPECT_EQ(std::count(row.begin(), row.end(), '\n'), 1) << row;
  judge::Report r;
  judge::GroupReport g;
  g.name = "g\x1b]0;owned\x07";
  r.groups.push_back(g);
  std::string footer = judge::table_footer(r, {});
  EXPECT_EQ(footer.find('\x1b'), std::string::npos) << footer;
  EXPECT_NE(footer.find("g?]0;owned?"), std::string::npos) << footer;
}

}  // namespace
