// The cache key covers the whole toolchain a compile command uses, not only its driver: a fake
// g++ in a temp dir names its parts (cc1plus, as, ld, libc.a, an include dir) beside it.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "judge/artifact_cache.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

constexpr const char* kFakeDriver = R"(#!/bin/sh
# Answers the judge's questions as gcc would, naming files beside it; logs every call.
dir=${0%/*}
echo "$*" >> "$dir/calls"
env > "$dir/env"
for arg in "$@"; do
  case "$arg" in
    -print-prog-name=*|-print-file-name=*)
      name=${arg#*=}
      if [ -e "$dir/$name" ]; then echo "$dir/$name"; else echo "$name"; fi
      exit 0 ;;
    -v)
      printf '#include <...> search starts here:\n %s/include\nEnd of search list.\n' "$dir" >&2
      exit 0 ;;
  esac
done
exit 1
)";

class Toolchain : public ::testing::Test {
 protected:
  void SetUp() override {
    driver_ = dir_ / "fake-g++";
    std::ofstream(driver_) << kFakeDriver;
    fs::permissions(driver_, fs::perms(0755));
    for (const char* part : {"cc1plus", "as", "ld", "libc.a", "libstdc++.a"})
      std::ofstream(dir_ / part) << part;
    fs::create_directories(dir_ / "include");
    language_.id = "fake";
    language_.source = "main.cpp";
    language_.compile = {driver_.string(), "-O2", "-o", "main", "main.cpp"};
    language_.artifacts = {"main"};
    language_.run = {"/sol/main"};
  }
  auto key() { return cache_.key(language_, "int main() {}\n"); }
  int calls() {
    std::ifstream in(dir_ / "calls");
    int n = 0;
    for (std::string line; std::getline(in, line);) ++n;
    return n;
  }

  test::TempDir temp_{"judge-toolchain-test"};
  const fs::path& dir_ = temp_.path;
  fs::path driver_;
  judge::Language language_;
  judge::ArtifactCache cache_{temp_.path / "cache", 1 << 20};
};

void set_mtime(const fs::path& file, std::time_t when) {
  struct timespec times[2] = {{when, 0}, {when, 0}};
  ASSERT_EQ(::utimensat(AT_FDCWD, file.c_str(), times, 0), 0);
}

TEST_F(Toolchain, ChangingCc1plusChangesTheKey) {
  auto before = key();
  std::ofstream(dir_ / "cc1plus", std::ios::app) << "a newer compiler proper";
  EXPECT_NE(key(), before);
}

TEST_F(Toolchain, ChangingOnlyTheMtimeOfTheAssemblerChangesTheKey) {
  auto before = key();
  set_mtime(dir_ / "as", 1000000000);
  EXPECT_NE(key(), before);
}

TEST_F(Toolchain, ChangingTheStaticLibcChangesTheKey) {
  auto before = key();
  std::ofstream(dir_ / "libc.a", std::ios::app) << "a glibc update";
  EXPECT_NE(key(), before);
}

TEST_F(Toolchain, ANewHeaderInAnIncludeDirChangesTheKey) {
  set_mtime(dir_ / "include", 1000000000);
  auto before = key();
  std::ofstream(dir_ / "include" / "stdio.h") << "/* replaced by a package upgrade */\n";
  EXPECT_NE(key(), before);
}

TEST_F(Toolchain, TheSameToolchainGivesTheSameKeyWithoutAskingTheDriverAgain) {
  auto first = key();
  int asked = calls();
  ASSERT_GT(asked, 0) << "the driver was never asked for its parts";
  EXPECT_EQ(key(), first);
  EXPECT_EQ(calls(), asked) << "the driver is asked once per process and driver identity";
}

TEST_F(Toolchain, TheDriverRunsWithAFixedEnvironment) {
  ::setenv("JUDGE_TOOLCHAIN_SECRET", "hunter2", 1);
  key();
  ::unsetenv("JUDGE_TOOLCHAIN_SECRET");
  std::ifstream in(dir_ / "env");
  ASSERT_TRUE(in) << "the driver was never asked for its parts";
  std::stringstream env;
  env << in.rdbuf();
  EXPECT_EQ(env.str().find("hunter2"), std::string::npos) << env.str();
  EXPECT_NE(env.str().find("PATH=/usr/bin:/bin\n"), std::string::npos) << env.str();
}

}  // namespace
