// Precompiled headers: used when they fit, a plain compile when they do not, never a CE of their
// own, built once when two judges need one at the same time. One process (one ctest test) for
// all cases: the bits/stdc++.h PCH is built once, by the first case; the other cases use a PCH of
// <vector>, far cheaper to build, through the same code.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <thread>

#include "judge/errors.h"
#include "judge/grader.h"
#include "judge/problem.h"
#include "judge/sha256.h"
#include "tests/support/box.h"
#include "tests/support/host_state.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

constexpr const char* kAplusB =
    "#include <bits/stdc++.h>\nusing namespace std;\n"
    "int main(){long long a,b;cin>>a>>b;cout<<a+b<<\"\\n\";}\n";
constexpr const char* kVectorAplusB =
    "#include <vector>\n#include <cstdio>\n"
    "int main(){std::vector<long long> v(2);std::scanf(\"%lld%lld\",&v[0],&v[1]);"
    "std::printf(\"%lld\\n\",v[0]+v[1]);}\n";

// The shipped [cpp] with -H (gcc lists the headers it reads, "! /pch/..." for a PCH it used) and
// the given headers precompiled.
std::string cpp_table(const std::string& headers) {
  return "[cpp]\nextensions = [\".cpp\"]\nsource = \"main.cpp\"\n"
         "compile = [\"g++\", \"-H\", \"-std=gnu++20\", \"-O2\", \"-pipe\", \"-static\", \"-o\", "
         "\"main\", \"{sources}\"]\nartifacts = [\"main\"]\nrun = [\"/sol/main\"]\n"
         "precompiled_headers = [" +
         headers + "]\n";
}

class PchCompile : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    temp_ = new test::TempDir("judge-pch-test");
    std::ofstream(dir() / "bits.toml") << cpp_table("\"bits/stdc++.h\"");
    std::ofstream(dir() / "vector.toml") << cpp_table("\"vector\"");
  }
  static void TearDownTestSuite() {
    delete temp_;
    temp_ = nullptr;
  }
  static const fs::path& dir() { return temp_->path; }

  static fs::path source(const std::string& name, const std::string& text) {
    std::ofstream(dir() / name) << text;
    return dir() / name;
  }
  static judge::Report grade(const std::string& languages, const fs::path& cache,
                             const fs::path& submission) {
    judge::Grader grader(
        test::shared_sandbox(),
        judge::Languages::load({judge::Languages::default_file(), dir() / languages}), cache);
    return grader.grade(problem(), submission, {});
  }
  static const judge::Problem& problem() {
    static const judge::Problem p =
        judge::load_problem(fs::path(JUDGE_SOURCE_DIR) / "problems/aplusb/problem.toml");
    return p;
  }
  // The files named `name` in the cache's entries.
  static std::vector<fs::path> cached(const fs::path& cache, const std::string& name) {
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(cache))
      if (fs::exists(entry.path() / "sol" / name)) found.push_back(entry.path() / "sol" / name);
    return found;
  }
  static std::string contents(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

  static test::TempDir* temp_;
};
test::TempDir* PchCompile::temp_ = nullptr;

constexpr const char* kUsedBits = "! /pch/bits/stdc++.h.gch";
constexpr const char* kUsedVector = "! /pch/vector.gch";

// The shipped header, end to end: built, used, the program right.
TEST_F(PchCompile, BitsStdcxxIsUsed) {
  auto report = grade("bits.toml", dir() / "cache", source("a.cpp", kAplusB));
  EXPECT_EQ(report.verdict, judge::Verdict::AC) << report.message << report.compile.log;
  EXPECT_NE(report.compile.log.find(kUsedBits), std::string::npos) << report.compile.log;
  EXPECT_EQ(cached(dir() / "cache", "h0.gch").size(), 1u);
}

TEST_F(PchCompile, MakesTheSameProgramAsAPlainCompile) {
  fs::path file = source("same.cpp", kVectorAplusB);
  auto with = grade("vector.toml", dir() / "vector-cache", file);
  EXPECT_EQ(with.verdict, judge::Verdict::AC) << with.message << with.compile.log;
  EXPECT_NE(with.compile.log.find(kUsedVector), std::string::npos) << with.compile.log;

  ::setenv("JUDGE_NO_PCH", "1", 1);
  auto without = grade("vector.toml", dir() / "plain-cache", file);
  ::unsetenv("JUDGE_NO_PCH");
  EXPECT_EQ(without.verdict, judge::Verdict::AC) << without.message << without.compile.log;
  EXPECT_EQ(without.compile.log.find("/pch/"), std::string::npos);
  EXPECT_TRUE(cached(dir() / "plain-cache", "h0.gch").empty());
  // gcc's PCH is a snapshot of its state after the header: the same binary, byte for byte.
  auto a = cached(dir() / "vector-cache", "main"), b = cached(dir() / "plain-cache", "main");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_TRUE(contents(a[0]) == contents(b[0]));
}

// _GLIBCXX_DEBUG before the include: gcc cannot use the PCH (-Werror=invalid-pch says so), the
// submission is compiled again without it and runs in debug mode; nothing of that reaches its log.
TEST_F(PchCompile, AMacroBeforeTheIncludeCompilesWithoutIt) {
  auto report = grade("vector.toml", dir() / "vector-cache",
                      source("debug.cpp", std::string("#define _GLIBCXX_DEBUG\n") + kVectorAplusB));
  EXPECT_EQ(report.verdict, judge::Verdict::AC) << report.message << report.compile.log;
  EXPECT_EQ(report.compile.status, judge::CompileReport::Status::OK);
  EXPECT_EQ(report.compile.log.find("/pch/"), std::string::npos) << report.compile.log;
  EXPECT_EQ(report.compile.log.find("invalid-pch"), std::string::npos) << report.compile.log;
  EXPECT_NE(report.compile.log.find("debug/vector"), std::string::npos);  // the debug containers
}

// A truncated .gch fails its check: the entry is replaced by a new build, which is used.
TEST_F(PchCompile, ATruncatedPchIsRebuilt) {
  fs::path cache = dir() / "damaged-cache";
  auto first = grade("vector.toml", cache, source("v1.cpp", kVectorAplusB));
  ASSERT_EQ(first.verdict, judge::Verdict::AC) << first.message << first.compile.log;
  auto gch = cached(cache, "h0.gch");
  ASSERT_EQ(gch.size(), 1u);
  const auto size = fs::file_size(gch[0]);
  fs::resize_file(gch[0], size / 2);

  auto second = grade("vector.toml", cache, source("v2.cpp", std::string(kVectorAplusB) + "//\n"));
  EXPECT_EQ(second.verdict, judge::Verdict::AC) << second.message << second.compile.log;
  EXPECT_NE(second.compile.log.find(kUsedVector), std::string::npos) << second.compile.log;
  // A new build (its size varies by a few bytes from build to build), whole: its check agrees.
  gch = cached(cache, "h0.gch");
  ASSERT_EQ(gch.size(), 1u);
  EXPECT_NE(fs::file_size(gch[0]), size / 2);
  std::string check = contents(gch[0].string() + ".check");
  EXPECT_EQ(check.substr(0, check.find(' ')), std::to_string(fs::file_size(gch[0])));
}

// Damage the check cannot see (its record rewritten to match): gcc cannot read the PCH, and the
// submission is compiled without it, not CE.
TEST_F(PchCompile, APchGccCannotReadIsAPlainCompile) {
  fs::path cache = dir() / "unreadable-cache";
  auto first = grade("vector.toml", cache, source("u1.cpp", kVectorAplusB));
  ASSERT_EQ(first.verdict, judge::Verdict::AC) << first.message << first.compile.log;
  fs::path gch = cached(cache, "h0.gch").at(0);
  fs::resize_file(gch, fs::file_size(gch) / 2);
  std::string text = contents(gch);
  const std::size_t ends = 1 << 20, head = std::min(text.size(), ends);
  const std::size_t tail = std::min(text.size(), 2 * ends) - head;
  std::ofstream(gch.string() + ".check", std::ios::trunc)
      << std::to_string(text.size()) + " " +
             judge::sha256_hex(text.substr(0, head) + text.substr(text.size() - tail));

  auto second = grade("vector.toml", cache, source("u2.cpp", std::string(kVectorAplusB) + "//\n"));
  EXPECT_EQ(second.verdict, judge::Verdict::AC) << second.message << second.compile.log;
  EXPECT_EQ(second.compile.status, judge::CompileReport::Status::OK);
  EXPECT_EQ(second.compile.log.find("PCH"), std::string::npos) << second.compile.log;
}

// Two judges' first compiles at once: one builds the PCH, the other waits for it; both use it.
TEST_F(PchCompile, TwoFirstCompilesAtOnceBothSucceed) {
  test::HostState before = test::HostState::capture();
  fs::path cache = dir() / "shared-cache";
  fs::path one = source("c1.cpp", kVectorAplusB);
  fs::path two = source("c2.cpp", std::string(kVectorAplusB) + "//\n");
  std::optional<judge::Report> first, second;
  std::thread other([&] { second = grade("vector.toml", cache, two); });
  first = grade("vector.toml", cache, one);
  other.join();
  for (const auto* report : {&*first, &*second}) {
    EXPECT_EQ(report->verdict, judge::Verdict::AC) << report->message << report->compile.log;
    EXPECT_NE(report->compile.log.find(kUsedVector), std::string::npos) << report->compile.log;
  }
  EXPECT_EQ(cached(cache, "h0.gch").size(), 1u);
  EXPECT_EQ(test::leftovers(before, test::HostState::capture()), "");
}

TEST_F(PchCompile, HeaderNamesAreChecked) {
  for (const char* bad :
       {"\"../etc/passwd\"", "\"/usr/include/vector\"", "\"a//b\"", "\"\""}) {
    std::ofstream(dir() / "bad.toml") << cpp_table(bad);
    try {
      judge::Languages::load({dir() / "bad.toml"});
      ADD_FAILURE() << bad << " was accepted";
    } catch (const judge::InputError& e) {
      EXPECT_NE(std::string(e.what()).find("precompiled_headers"), std::string::npos) << e.what();
    }
  }
  std::ofstream(dir() / "python.toml")
      << "[py]\nsource = \"main.py\"\ncompile = [\"python3\", \"-c\", \"pass\"]\n"
         "run = [\"python3\", \"main.py\"]\nprecompiled_headers = [\"vector\"]\n";
  EXPECT_THROW(judge::Languages::load({dir() / "python.toml"}), judge::InputError);
}

}  // namespace
