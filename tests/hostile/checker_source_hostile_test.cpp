// A problem package's checker, interactor or manager source is read by the judge before it is
// compiled in a box (security review of 2026-11-30): like a submission's, at most 16 MiB, a
// regular file opened without following a link and without waiting on a FIFO. A sparse 64 GiB
// checker.cpp in a package was read whole into the judge's memory; a FIFO put in its place
// between loading and grading hung the judge. Either is now IE with a message, before any box.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "judge/artifact_cache.h"
#include "judge/checker_program.h"
#include "judge/language.h"
#include "tests/support/box.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

std::string prepare_error(const fs::path& source, const fs::path& dir) {
  judge::CheckerSpec spec;
  spec.type = judge::CheckerType::Testlib;
  spec.program.source = source;
  spec.program.language = "cpp";
  judge::ArtifactCache cache(dir / "cache");
  fs::create_directory(dir / "work");
  judge::PreparedChecker checker = judge::prepare_checker(
      test::shared_sandbox(), spec, judge::Languages::load({judge::Languages::default_file()}),
      cache, dir / "work");
  return checker.error;
}

TEST(CheckerSource, AHugeSparseSourceIsIeWithoutBeingRead) {
  test::TempDir dir("judge-checker-source");
  fs::path source = dir.path / "checker.cpp";
  std::ofstream(source) << "int main() {}\n";
  fs::resize_file(source, 64ull << 30);  // sparse: costs the disk nothing
  EXPECT_EQ(prepare_error(source, dir.path),
            "the checker's source " + source.string() + ": larger than 16MiB");
}

TEST(CheckerSource, AFifoInPlaceOfTheSourceIsIeAtOnce) {
  test::TempDir dir("judge-checker-source");
  fs::path fifo = dir.path / "checker.cpp";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
  EXPECT_EQ(prepare_error(fifo, dir.path),
            "the checker's source " + fifo.string() + ": not a regular file");
}

}  // namespace
