// `judge verify` runs every test's input through the problem's input validators, each in a box:
// the Kattis protocol with flags from testdata.yaml, problem.toml's [validator], and what a
// validator that does not work or cannot be compiled makes of the verification.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/package/package_files.h"
#include "tests/support/shell_output.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

const std::string kVerify = std::string(JUDGE_BINARY) + " verify --cache-dir " + TEST_BUILD_DIR +
                            "/example-cache --format json ";

// A number no larger than `max N` (100 without flags).
constexpr const char* kCheck = R"(import sys
limit = int(sys.argv[2]) if sys.argv[1:2] == ["max"] else 100
n = int(sys.stdin.read())
if n > limit:
    print(f"{n} > {limit}", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
)";

// A legacy package: the sample (60) has no flags, the secret tests (5, 50) get `max 10`.
fs::path kattis_package(const fs::path& dir) {
  fs::path p = dir / "v";
  test::put(p, "problem.yaml", "name: V\n");
  test::put(p, "input_validators/check.py", kCheck);
  test::put(p, "submissions/accepted/echo.py", "print(input())\n");
  test::put(p, "data/secret/testdata.yaml", "input_validator_flags: max 10\n");
  for (auto [name, n] : {std::pair{"sample/1", "60"}, {"secret/1", "5"}, {"secret/2", "50"}}) {
    test::put(p, std::string("data/") + name + ".in", std::string(n) + "\n");
    test::put(p, std::string("data/") + name + ".ans", std::string(n) + "\n");
  }
  return p;
}

nlohmann::json fault(const std::string& validator, const std::string& test,
                     const std::string& status, const std::string& message) {
  return {{"validator", validator}, {"test", test}, {"status", status}, {"message", message}};
}

TEST(VerifyValidators, AnInvalidInputIsNamedWithTheValidatorsMessage) {
  test::TempDir dir("verify-validators");
  test::ShellOutput o = test::run_shell(kVerify + kattis_package(dir.path).string());
  EXPECT_EQ(o.status, 1) << o.out;
  auto json = nlohmann::json::parse(o.out);
  EXPECT_EQ(json["all_as_expected"], true);  // the submission is still graded
  EXPECT_EQ(json["inputs"]["runs"], 3);
  EXPECT_EQ(json["inputs"]["all_valid"], false);
  EXPECT_EQ(json["inputs"]["faults"],
            nlohmann::json::array(
                {fault("input_validators/check.py", "secret/2", "invalid", "50 > 10")}));
}

TEST(VerifyValidators, AValidatorBreakingItsProtocolIsAFaultOfTheProblem) {
  test::TempDir dir("verify-validators");
  fs::path p = kattis_package(dir.path);
  test::put(p, "data/secret/testdata.yaml", "");
  test::put(p, "input_validators/broken.py", "print('hello')\n");  // exit 0: not the protocol
  test::ShellOutput o = test::run_shell(kVerify + "--jobs 2 " + p.string());
  EXPECT_EQ(o.status, 3) << o.out;
  auto json = nlohmann::json::parse(o.out);
  const std::string why = "the validator exited with 0 (42: valid, 43: invalid): hello";
  EXPECT_EQ(json["inputs"]["runs"], 6);
  EXPECT_EQ(
      json["inputs"]["faults"],
      nlohmann::json::array({fault("input_validators/broken.py", "sample/1", "failed", why),
                             fault("input_validators/broken.py", "secret/1", "failed", why),
                             fault("input_validators/broken.py", "secret/2", "failed", why)}));
}

TEST(VerifyValidators, TheTomlValidatorWithTheTestlibProtocol) {
  test::TempDir dir("verify-validators");
  fs::path p = dir.path / "p";
  test::put(p, "problem.toml",
            "name = \"p\"\ntime_limit = \"5s\"\nmemory_limit = \"256MiB\"\n[tests]\ndir = \"t\"\n"
            "[validator]\ntype = \"testlib\"\nsource = \"v.py\"\nargs = [\"3\"]\n");
  // Valid when the input is the argument: exit 0; else any other exit.
  test::put(p, "v.py", "import sys\nsys.exit(0 if input() == sys.argv[1] else 3)\n");
  test::put(p, "t/1.in", "3\n");
  test::put(p, "t/1.ans", "3\n");
  test::put(p, "t/2.in", "4\n");
  test::put(p, "t/2.ans", "4\n");
  test::put(p, "submissions/accepted/echo.py", "print(input())\n");
  test::ShellOutput o = test::run_shell(kVerify + p.string());
  EXPECT_EQ(o.status, 1) << o.out;
  auto json = nlohmann::json::parse(o.out);
  EXPECT_EQ(json["inputs"]["validators"], nlohmann::json::array({"v.py"}));
  EXPECT_EQ(json["inputs"]["faults"], nlohmann::json::array({fault("v.py", "2", "invalid", "")}));
}

TEST(VerifyValidators, APolygonValidatorCompilesWithThePackagesTestlibH) {
  test::TempDir dir("verify-validators");
  fs::path p = dir.path / "p";
  test::put(p, "tests/01", "7\n");
  test::put(p, "tests/01.a", "7\n");
  test::put(p, "files/testlib.h", "inline bool small(int n) { return n < 10; }\n");  // not testlib
  test::put(p, "files/val.cpp",
            "#include <iostream>\n#include \"testlib.h\"\n"
            "int main() { int n; std::cin >> n; return small(n) ? 0 : 3; }\n");
  test::put(p, "sol.py", "print(input())\n");
  test::put(p, "problem.xml", R"(<problem short-name="p"><judging><testset name="tests">
<time-limit>5000</time-limit><memory-limit>268435456</memory-limit><test-count>1</test-count>
<input-path-pattern>tests/%02d</input-path-pattern><answer-path-pattern>tests/%02d.a</answer-path-pattern>
<tests><test/></tests></testset></judging><assets><checker name="std::wcmp.cpp"/>
<validators><validator><source path="files/val.cpp"/></validator></validators>
<solutions><solution tag="main"><source path="sol.py"/></solution></solutions>
</assets></problem>)");
  test::ShellOutput o = test::run_shell(kVerify + p.string());
  EXPECT_EQ(o.status, 0) << o.out;
  auto json = nlohmann::json::parse(o.out);
  EXPECT_EQ(json["inputs"]["runs"], 1);
  EXPECT_EQ(json["inputs"]["all_valid"], true);
}

TEST(VerifyValidators, AValidatorNoLanguageRunsIsRefusedNamingIt) {
  test::TempDir dir("verify-validators");
  fs::path p = kattis_package(dir.path);
  fs::remove(p / "input_validators/check.py");
  test::put(p, "input_validators/format.ctd", "INT(1, 10, n) NEWLINE\n");
  test::ShellOutput o = test::run_shell(kVerify + p.string() + " 2>&1");
  EXPECT_EQ(o.status, 2) << o.out;
  EXPECT_NE(o.out.find(fs::canonical(p).string() +
                       "/input_validators/format.ctd: no language for this input validator (by "
                       "its extension: checktestdata and VIVA files are not run)"),
            std::string::npos)
      << o.out;
}

}  // namespace
