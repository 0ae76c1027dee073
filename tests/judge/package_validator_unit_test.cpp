// Which input validators `judge verify` finds in a problem and the arguments each test gives them
// (judge/package/validators.h); nothing runs.
#include <gtest/gtest.h>

#include "judge/errors.h"
#include "judge/package/load_any.h"
#include "judge/package/validators.h"
#include "judge/problem.h"
#include "tests/package/package_files.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using Args = std::vector<std::vector<std::string>>;

std::vector<judge::InputValidator> validators_of(const fs::path& dir) {
  return judge::input_validators(judge::load_problem_any(dir));
}

std::string refusal(const fs::path& dir) {
  try {
    validators_of(dir);
  } catch (const judge::InputError& e) {
    return e.what();
  }
  return "";
}

void kattis_tests(const fs::path& p) {
  for (const char* t : {"data/sample/1", "data/secret/a/1", "data/secret/b/1"}) {
    test::put(p, std::string(t) + ".in", "1\n");
    test::put(p, std::string(t) + ".ans", "1\n");
  }
}

TEST(InputValidators, LegacyFlagsComeFromTheNearestTestdataYaml) {
  test::TempDir dir("validators");
  fs::path p = dir.path / "p";
  kattis_tests(p);
  test::put(p, "problem.yaml", "name: P\n");
  test::put(p, "input_validators/check.py", "");
  test::put(p, "input_validators/multi/main.cpp", "");
  test::put(p, "data/testdata.yaml", "input_validator_flags: n 10\n");
  test::put(p, "data/secret/b/testdata.yaml", "input_validator_flags:\n  check: big\n");
  auto v = validators_of(p);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].name, "input_validators/check.py");
  EXPECT_EQ(v[0].spec.type, judge::CheckerType::Kattis);
  EXPECT_EQ(v[0].test_args, (Args{{"n", "10"}, {"n", "10"}, {"big"}}));
  // A directory of one source is that program; a map names validators (check), not this one.
  EXPECT_EQ(v[1].name, "input_validators/multi/main.cpp");
  EXPECT_EQ(v[1].test_args, (Args{{"n", "10"}, {"n", "10"}, {}}));
}

TEST(InputValidators, ModernArgsComeFromTestGroupAndTestCaseYaml) {
  test::TempDir dir("validators");
  fs::path p = dir.path / "p";
  kattis_tests(p);
  test::put(p, "problem.yaml", "problem_format_version: 2025-09\nname: P\n");
  test::put(p, "input_validator/validate.py", "");
  test::put(p, "data/secret/test_group.yaml", "input_validator_args: [--max, '5']\n");
  test::put(p, "data/secret/b/1.yaml", "input_validator_args: [--own]\n");
  auto v = validators_of(p);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].name, "input_validator/validate.py");
  EXPECT_EQ(v[0].test_args, (Args{{}, {"--max", "5"}, {"--own"}}));
}

TEST(InputValidators, AWrongArgumentTypeNamesFileAndKey) {
  test::TempDir dir("validators");
  fs::path p = dir.path / "p";
  kattis_tests(p);
  test::put(p, "problem.yaml", "problem_format_version: 2025-09\nname: P\n");
  test::put(p, "input_validator/validate.py", "");
  test::put(p, "data/secret/test_group.yaml", "input_validator_args: [[1]]\n");
  EXPECT_EQ(refusal(p), fs::canonical(p).string() +
                            "/data/secret/test_group.yaml: 'input_validator_args': a list of "
                            "strings is expected");
}

// As problemtools: the sources of one language, the main one named main.* or else the first.
TEST(InputValidators, AValidatorOfSeveralFilesHasAMainSourceAndCompileFiles) {
  test::TempDir dir("validators");
  fs::path p = dir.path / "p";
  kattis_tests(p);
  test::put(p, "problem.yaml", "name: P\n");
  test::put(p, "input_validators/v/a.cpp", "");
  test::put(p, "input_validators/v/b.h", "");
  test::put(p, "input_validators/w/util.py", "");
  test::put(p, "input_validators/w/Main.py", "");
  auto v = validators_of(p);
  ASSERT_EQ(v.size(), 2u);
  fs::path root = fs::canonical(p);
  EXPECT_EQ(v[0].spec.program.source, root / "input_validators/v/a.cpp");
  EXPECT_EQ(v[0].spec.program.compile_files,
            std::vector<fs::path>{root / "input_validators/v/b.h"});
  EXPECT_EQ(v[1].spec.program.source, root / "input_validators/w/Main.py");
  EXPECT_EQ(v[1].spec.program.compile_files,
            std::vector<fs::path>{root / "input_validators/w/util.py"});
}

TEST(InputValidators, ValidatorDirectoriesProblemtoolsWouldNotBuildAreRefused) {
  struct Case {
    std::vector<const char*> files;
    const char* message;
  };
  for (const Case& c : {Case{{"v/a.cpp", "v/b.py"},
                             "/input_validators/v: sources in cpp and "
                             "python3 (a validator is in one language)"},
                        Case{{"v/a.h", "v/notes.txt"}, "/input_validators/v: no source file"},
                        Case{{"v/a.cpp", "v/sub/b.h"},
                             "/input_validators/v/sub: a subdirectory "
                             "of a validator is not supported"},
                        Case{{"v/a.cpp", "v/build"},
                             "/input_validators/v/build: build and run "
                             "scripts are not supported yet"}}) {
    test::TempDir dir("validators");
    fs::path p = dir.path / "p";
    kattis_tests(p);
    test::put(p, "problem.yaml", "name: P\n");
    for (const char* f : c.files) test::put(p / "input_validators", f, "");
    std::string message = refusal(p);
    EXPECT_NE(message.find(fs::canonical(p).string() + c.message), std::string::npos) << message;
  }
}

TEST(InputValidators, PolygonValidatorsGetTheTestsetAndGroup) {
  test::TempDir dir("validators");
  fs::path p = dir.path / "p";
  test::put(p, "tests/01", "1\n");
  test::put(p, "tests/01.a", "1\n");
  test::put(p, "tests/02", "2\n");
  test::put(p, "tests/02.a", "2\n");
  test::put(p, "files/val.cpp", "");
  test::put(p, "problem.xml", R"(<problem short-name="p"><judging><testset name="tests">
<time-limit>1000</time-limit><memory-limit>268435456</memory-limit><test-count>2</test-count>
<input-path-pattern>tests/%02d</input-path-pattern><answer-path-pattern>tests/%02d.a</answer-path-pattern>
<tests><test group="g1" points="10"/><test group="g2" points="20"/></tests>
<groups><group name="g1" points-policy="each-test"/><group name="g2" points-policy="each-test"/></groups>
</testset></judging><assets><checker name="std::wcmp.cpp"/>
<validators><validator><source path="files/val.cpp" type="cpp.g++17"/></validator></validators>
</assets></problem>)");
  auto v = validators_of(p);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].name, "files/val.cpp");
  EXPECT_EQ(v[0].spec.type, judge::CheckerType::Testlib);
  EXPECT_EQ(v[0].test_args, (Args{{"--testset", "tests", "--group", "g1"},
                                  {"--testset", "tests", "--group", "g2"}}));
}

TEST(InputValidators, APolygonValidatorIncludingTestlibNeedsThePackagesCopy) {
  test::TempDir dir("validators");
  fs::path p = dir.path / "p";
  test::put(p, "tests/01", "1\n");
  test::put(p, "tests/01.a", "1\n");
  test::put(p, "files/val.cpp", "#include \"testlib.h\"\nint main() {}\n");
  test::put(p, "problem.xml", R"(<problem short-name="p"><judging><testset name="tests">
<time-limit>1000</time-limit><memory-limit>268435456</memory-limit><test-count>1</test-count>
<input-path-pattern>tests/%02d</input-path-pattern><answer-path-pattern>tests/%02d.a</answer-path-pattern>
<tests><test/></tests></testset></judging><assets><checker name="std::wcmp.cpp"/>
<validators><validator><source path="files/val.cpp"/></validator></validators>
</assets></problem>)");
  EXPECT_EQ(refusal(p), fs::canonical(p).string() +
                            "/problem.xml:5: /problem/assets/validators/validator: files/val.cpp "
                            "includes testlib.h, which the package does not hold (files/testlib.h "
                            "or a <resources> file named testlib.h)");
  test::put(p, "files/testlib.h", "");
  auto v = validators_of(p);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].spec.program.compile_files,
            std::vector<fs::path>{fs::canonical(p) / "files/testlib.h"});
}

TEST(InputValidators, APolygonValidatorWithoutItsSourceIsRefused) {
  test::TempDir dir("validators");
  fs::path p = dir.path / "p";
  test::put(p, "tests/01", "1\n");
  test::put(p, "tests/01.a", "1\n");
  test::put(p, "problem.xml", R"(<problem short-name="p"><judging><testset name="tests">
<time-limit>1000</time-limit><memory-limit>268435456</memory-limit><test-count>1</test-count>
<input-path-pattern>tests/%02d</input-path-pattern><answer-path-pattern>tests/%02d.a</answer-path-pattern>
<tests><test/></tests></testset></judging><assets><checker name="std::wcmp.cpp"/>
<validators><validator><source path="files/gone.cpp"/></validator></validators>
</assets></problem>)");
  EXPECT_EQ(refusal(p), fs::canonical(p).string() +
                            "/problem.xml:5: /problem/assets/validators/validator: <source "
                            "path='files/gone.cpp'>: no such file in the package");
}

TEST(InputValidators, TheTomlValidatorTable) {
  test::TempDir dir("validators");
  test::put(dir.path, "t/1.in", "1\n");
  test::put(dir.path, "t/1.ans", "1\n");
  test::put(dir.path, "v.py", "");
  const std::string head =
      "name = \"p\"\ntime_limit = \"1s\"\nmemory_limit = \"64MiB\"\n"
      "[tests]\ndir = \"t\"\n[validator]\n";
  test::put(dir.path, "problem.toml",
            head + "type = \"testlib\"\nsource = \"v.py\"\nargs = [\"-x\"]\n");
  auto v = validators_of(dir.path / "problem.toml");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].name, "v.py");
  EXPECT_EQ(v[0].spec.type, judge::CheckerType::Testlib);
  EXPECT_EQ(v[0].spec.program.args, std::vector<std::string>{"-x"});
  EXPECT_EQ(v[0].test_args, (Args{{}}));
  test::put(dir.path, "problem.toml", head + "type = \"viva\"\nsource = \"v.py\"\n");
  EXPECT_EQ(test::load_refusal(dir.path / "problem.toml"),
            (dir.path / "problem.toml").string() +
                ":7:8: validator.type: unknown validator protocol 'viva' (use kattis or testlib)");
  test::put(dir.path, "problem.toml", head + "type = \"kattis\"\nprogram = \"v.py\"\n");
  fs::permissions(dir.path / "v.py", fs::perms::owner_exec, fs::perm_options::add);
  EXPECT_EQ(test::load_refusal(dir.path / "problem.toml"),
            (dir.path / "problem.toml").string() +
                ":8:11: validator.program: an input validator is compiled from its source: use "
                "source = \"PATH\"");
}

}  // namespace
