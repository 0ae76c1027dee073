// Every language of the shipped file beyond C, C++, Python and Java grades its A + B example
// (tests/languages/ID/accepted.*) AC and its broken one (compile_error.*) CE, at the limits users
// set (256 MiB, 1 s: tests/languages/aplusb). A language whose toolchain is not installed is
// skipped, naming the package to install (scripts/setup installs the heavy ones only with
// JUDGE_ALL_LANGUAGES=1).
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "judge/grader.h"
#include "judge/problem.h"
#include "tests/support/box.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

struct Case {
  std::string id, extension;
  std::string compile_error;  // what the compiler says of compile_error.*: its own error, not ours
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.id;
}

std::string case_name(const ::testing::TestParamInfo<Case>& param) {
  return param.param.id;
}

const fs::path kDir = fs::path(JUDGE_SOURCE_DIR) / "tests/languages";

class LanguageExample : public ::testing::TestWithParam<Case> {
 protected:
  void SetUp() override {
    const judge::Language* l = languages_.find(GetParam().id);
    ASSERT_NE(l, nullptr) << GetParam().id << " is not in the shipped languages file";
    if (!judge::command_available(l->compile) || !judge::command_available(l->run))
      GTEST_SKIP() << l->name << " is not installed here: apt-get install " << l->debian_package
                   << " (scripts/setup installs it; OCaml, Kotlin, C# and Haskell only with "
                      "JUDGE_ALL_LANGUAGES=1)";
  }

  // Compiled afresh: each test has its own cache.
  judge::Report grade(const std::string& stem) {
    judge::Grader grader(test::shared_sandbox(), languages_, temp_.path / "cache");
    judge::GradeOptions options;
    options.language = GetParam().id;
    fs::path submission = kDir / GetParam().id / (stem + GetParam().extension);
    return grader.grade(problem_, submission, options);
  }

  judge::Languages languages_ = judge::Languages::load({judge::Languages::default_file()});
  judge::Problem problem_ = judge::load_problem(kDir / "aplusb/problem.toml");
  test::TempDir temp_{"judge-languages-test"};
};

TEST_P(LanguageExample, AcceptedIsAc) {
  judge::Report r = grade("accepted");
  ASSERT_EQ(judge::to_string(r.compile.status), "OK") << r.compile.message << "\n" << r.compile.log;
  EXPECT_EQ(judge::to_string(r.verdict), "AC") << r.message;
  ASSERT_EQ(r.tests.size(), 3u);
  for (const judge::TestReport& t : r.tests)
    EXPECT_EQ(judge::to_string(t.verdict), "AC") << t.name << ": " << t.message;
  // The figures of docs/languages.md's table.
  std::cout << "[figures] " << GetParam().id << ": compile " << r.compile.cpu_us / 1000
            << " ms CPU, " << (r.compile.memory_bytes >> 20) << " MiB; run " << r.max_cpu_us / 1000
            << " ms CPU, " << (r.max_memory_bytes >> 10) << " KiB\n";
}

TEST_P(LanguageExample, CompileErrorIsCe) {
  judge::Report r = grade("compile_error");
  EXPECT_EQ(judge::to_string(r.verdict), "CE") << r.message;
  EXPECT_EQ(judge::to_string(r.compile.status), "CE") << r.compile.message;
  // The compiler's own complaint about the line, not a box or setup failure that is CE too.
  EXPECT_NE(r.compile.log.find(GetParam().compile_error), std::string::npos) << r.compile.log;
  EXPECT_TRUE(r.tests.empty());
}

// `judge doctor` names the package of a language that is not installed: every shipped language
// beyond the first four says which.
TEST(ShippedLanguages, EachNamesItsDebianPackage) {
  auto languages = judge::Languages::load({judge::Languages::default_file()});
  const std::map<std::string, std::string> expected{
      {"rust", "rustc"},        {"go", "golang-go"}, {"pascal", "fp-compiler"},
      {"javascript", "nodejs"}, {"pypy3", "pypy3"},  {"kotlin", "kotlin"},
      {"ruby", "ruby"},         {"lua", "lua5.4"},   {"ocaml", "ocaml-nox"},
      {"fortran", "gfortran"},  {"ada", "gnat"},     {"csharp", "mono-mcs"},
      {"haskell", "ghc"}};
  for (const auto& [id, package] : expected) {
    const judge::Language* l = languages.find(id);
    ASSERT_NE(l, nullptr) << id;
    EXPECT_EQ(l->debian_package, package) << id;
  }
}

// A compiler that does not finish (kotlinc on a huge file, a C++ template loop) meets its compile
// time limit: CE saying so, not IE and not a hang. Python spins in place of the compiler.
TEST(CompileTimeLimit, AnEndlessCompileIsCeSayingSo) {
  test::TempDir temp{"judge-languages-slow"};
  std::ofstream(temp.path / "slow.toml")
      << "[slow]\nsource = \"main.slow\"\ncompile = [\"python3\", \"-c\", \"while True: pass\"]\n"
         "run = [\"/sol/main\"]\ncompile_time_limit = \"200ms\"\n";
  std::ofstream(temp.path / "main.slow") << "anything\n";
  auto languages = judge::Languages::load({temp.path / "slow.toml"});
  judge::Grader grader(test::shared_sandbox(), languages, temp.path / "cache");
  judge::GradeOptions options;
  options.language = "slow";
  judge::Report r = grader.grade(judge::load_problem(kDir / "aplusb/problem.toml"),
                                 temp.path / "main.slow", options);
  EXPECT_EQ(judge::to_string(r.verdict), "CE") << r.message;
  EXPECT_NE(r.compile.message.find("compilation exceeded its CPU time limit (200ms)"),
            std::string::npos)
      << r.compile.message;
  EXPECT_TRUE(r.tests.empty());
}

// `judge verify` skips a submission whose language has no toolchain on this host, naming the
// package to install, and grades the others: here Lua's compiler renamed to one no host has.
TEST(VerifyWithoutAToolchain, SkipsTheSubmissionNamingThePackage) {
  test::TempDir temp{"judge-languages-verify"};
  const fs::path& dir = temp.path;
  fs::copy(kDir / "aplusb", dir / "p", fs::copy_options::recursive);
  fs::create_directories(dir / "p/submissions/accepted");
  fs::copy_file(kDir / "lua/accepted.lua", dir / "p/submissions/accepted/sum.lua");
  fs::copy_file(kDir / "pypy3/accepted.py", dir / "p/submissions/accepted/sum.py");  // Python 3's
  std::ifstream shipped(judge::Languages::default_file());
  std::string text((std::istreambuf_iterator<char>(shipped)), {});
  auto at = text.find("\"luac5.4\"");
  ASSERT_NE(at, std::string::npos);
  std::ofstream(dir / "languages.toml") << text.replace(at, 9, "\"no-such-luac\"");
  std::string command = "JUDGE_LANGUAGES=" + (dir / "languages.toml").string() + " " +
                        JUDGE_BINARY + " verify --format json --cache-dir " +
                        (dir / "cache").string() + " " + (dir / "p").string() + " 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string out;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  int status = ::pclose(pipe);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << out;
  EXPECT_NE(out.find("sum.lua (Lua 5.4 is not installed here: apt-get install lua5.4)\""),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("\"all_as_expected\": true"), std::string::npos) << out;
  EXPECT_NE(out.find("sum.py"), std::string::npos) << "the Python submission is graded\n" << out;
}

INSTANTIATE_TEST_SUITE_P(
    Languages, LanguageExample,
    ::testing::Values(
        Case{"rust", ".rs", "error[E0308]: mismatched types"},
        Case{"go", ".go", "cannot use \"1\""}, Case{"pascal", ".pas", "Incompatible types"},
        Case{"javascript", ".js", "SyntaxError"}, Case{"pypy3", ".py", "SyntaxError"},
        Case{"kotlin", ".kt", "type mismatch"}, Case{"ruby", ".rb", "syntax error"},
        Case{"lua", ".lua", "')' expected"}, Case{"ocaml", ".ml", "This expression has type int"},
        Case{"fortran", ".f90", "Cannot convert CHARACTER"}, Case{"ada", ".adb", "expected type"},
        Case{"csharp", ".cs", "error CS0029"}, Case{"haskell", ".hs", "Couldn't match type"}),
    case_name);

}  // namespace
