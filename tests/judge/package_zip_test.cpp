// Zipped packages: extracted within bounds into a private directory that goes with the problem;
// '..', absolute paths, links, duplicates, damaged zips and zip bombs refused, nothing left behind.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "judge/errors.h"
#include "judge/package/load_any.h"
#include "judge/package/zip_extract.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

struct Entry {
  std::string name, data;
  bool symlink = false;  // data is the link's target
};

// Zips are made by Python's zipfile (libarchive's writer would pull in every format it has).
void write_zip(const fs::path& file, const std::vector<Entry>& entries) {
  nlohmann::json list = nlohmann::json::array();
  for (const Entry& e : entries) list.push_back({e.name, e.data, e.symlink});
  fs::path spec = file.string() + ".json";
  std::ofstream(spec) << list.dump();
  std::string script =
      "import json, sys, zipfile\n"
      "z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)\n"
      "for name, data, link in json.load(open(sys.argv[2])):\n"
      "    info = zipfile.ZipInfo(name)\n"
      "    info.external_attr = (0o120777 if link else 0o100644) << 16\n"
      "    info.compress_type = zipfile.ZIP_DEFLATED\n"
      "    z.writestr(info, data)\n"
      "z.close()\n";
  std::string command =
      "python3 -c \"" + script + "\" '" + file.string() + "' '" + spec.string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  fs::remove(spec);
}

std::vector<Entry> kattis_entries(const std::string& top) {
  return {{top + "problem.yaml", "problem_format_version: 2025-09\nname: Zipped\nuuid: 1\n"},
          {top + "data/secret/1.in", "1 2\n"},
          {top + "data/secret/1.ans", "3\n"}};
}

std::string extract_error(const std::vector<Entry>& entries, const judge::ZipBounds& bounds = {}) {
  test::TempDir dir("zip");
  write_zip(dir.path / "p.zip", entries);
  fs::create_directory(dir.path / "out");
  try {
    judge::extract_zip(dir.path / "p.zip", dir.path / "out", bounds);
  } catch (const judge::InputError& e) {
    return e.what();
  }
  return "";
}

TEST(ZipPackage, LoadsAKattisPackageFromItsDirectoryAndRemovesTheCopy) {
  test::TempDir dir("zip");
  write_zip(dir.path / "upload.zip", kattis_entries("hello/"));
  fs::path input;
  {
    judge::Problem p = judge::load_problem_any(dir.path / "upload.zip");
    EXPECT_EQ(p.format, "kattis-2025-09");
    EXPECT_EQ(p.name, "hello");
    ASSERT_EQ(p.tests.size(), 1u);
    input = p.tests[0].input;
    std::ifstream in(input);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    EXPECT_EQ(text, "1 2\n");
    EXPECT_EQ(fs::status(input).permissions() & fs::perms::others_read, fs::perms::others_read);
  }
  EXPECT_FALSE(fs::exists(input));
}

TEST(ZipPackage, APackageAtTheTopLevelIsNamedAfterTheZip) {
  test::TempDir dir("zip");
  write_zip(dir.path / "sum.kpp", kattis_entries(""));
  EXPECT_EQ(judge::load_problem_any(dir.path / "sum.kpp").name, "sum");
}

TEST(ZipPackage, RefusesWhatWouldLeaveTheDirectoryOrIsNotAFile) {
  EXPECT_NE(extract_error({{"../evil", "x"}}).find("entry '../evil': a path with '..'"),
            std::string::npos);
  EXPECT_NE(extract_error({{"a/../../evil", "x"}}).find("a path with '..'"), std::string::npos);
  EXPECT_NE(extract_error({{"/etc/evil", "x"}}).find("an absolute or empty path"),
            std::string::npos);
  EXPECT_NE(extract_error({{"link", "/etc/passwd", true}}).find("entry 'link': a link"),
            std::string::npos);
  EXPECT_NE(extract_error({{"a", "x"}, {"a", "y"}}).find("a second entry of that name"),
            std::string::npos);
  EXPECT_NE(extract_error({{"dir/a", "x"}, {"dir", ""}}),
            "not empty for a file then its directory");
}

TEST(ZipPackage, RefusesAZipBombAndTooManyEntries) {
  judge::ZipBounds bounds;
  bounds.ratio_free_bytes = 1 << 20;
  bounds.max_ratio = 10;
  std::string message = extract_error({{"zeros", std::string(8 << 20, '\0')}}, bounds);
  EXPECT_NE(message.find("entry 'zeros': the zip unpacks to more than"), std::string::npos)
      << message;
  bounds = {};
  bounds.max_entries = 3;
  std::vector<Entry> many;
  for (int i = 0; i < 5; ++i) many.push_back({std::to_string(i), "x"});
  EXPECT_NE(extract_error(many, bounds).find("more than 3 entries"), std::string::npos);
}

TEST(ZipPackage, ADamagedZipIsAnErrorAndLeavesNothingBehind) {
  test::TempDir dir("zip");
  write_zip(dir.path / "p.zip", kattis_entries("p/"));
  fs::resize_file(dir.path / "p.zip", fs::file_size(dir.path / "p.zip") / 2);
  test::TempDir tmp("zip-tmp");
  const char* old = ::getenv("TMPDIR");
  std::string saved = old ? old : "";
  ::setenv("TMPDIR", tmp.path.c_str(), 1);
  std::string message;
  try {
    judge::load_problem_any(dir.path / "p.zip");
  } catch (const judge::InputError& e) {
    message = e.what();
  }
  old ? ::setenv("TMPDIR", saved.c_str(), 1) : ::unsetenv("TMPDIR");
  EXPECT_NE(message.find("p.zip"), std::string::npos) << message;
  EXPECT_TRUE(fs::is_empty(tmp.path));
}

}  // namespace
