// Kattis validators of several files (judge/package/validator_sources.h), through `judge verify`:
// a Python input validator whose Main.py imports a module beside it, and a C++ output validator
// with its header. One C++ compile.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/package/package_files.h"
#include "tests/support/shell_output.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using test::put;

TEST(MultiFileValidators, InputAndOutputValidatorsOfSeveralFilesRun) {
  test::TempDir dir("multifile-validators");
  fs::path p = dir.path / "double";
  put(p, "problem.yaml", "name: Double\nvalidation: custom\n");
  for (auto [name, n, answer] :
       {std::tuple{"sample/1", "2", "4"}, {"secret/1", "21", "42"}, {"secret/2", "500", "1000"}}) {
    put(p, std::string("data/") + name + ".in", std::string(n) + "\n");
    put(p, std::string("data/") + name + ".ans", std::string(answer) + "\n");
  }
  // The main file is Main.py (problemtools: main.* first), which imports the other.
  put(p, "input_validators/range/Main.py",
      "import sys\nfrom limits import LIMIT\nn = int(sys.stdin.read())\n"
      "if n > LIMIT:\n    print(f'{n} > {LIMIT}', file=sys.stderr)\n    sys.exit(43)\n"
      "sys.exit(42)\n");
  put(p, "input_validators/range/limits.py", "LIMIT = 100\n");
  put(p, "output_validators/twice/twice.h",
      "#include <cstdio>\ninline long long read(FILE* f) { long long x = -1; "
      "return std::fscanf(f, \"%lld\", &x) == 1 ? x : -1; }\n");
  put(p, "output_validators/twice/twice.cpp",
      "#include \"twice.h\"\nint main(int argc, char** argv) {\n"
      "  FILE* answer = std::fopen(argv[2], \"r\");\n"
      "  return answer && read(answer) == read(stdin) ? 42 : 43; }\n");
  put(p, "submissions/accepted/double.py", "print(2 * int(input()))\n");
  put(p, "submissions/wrong_answer/plus.py", "print(2 + int(input()))\n");

  test::ShellOutput o =
      test::run_shell(std::string(JUDGE_BINARY) + " verify --cache-dir " + TEST_BUILD_DIR +
                      "/example-cache --format json " + p.string());
  EXPECT_EQ(o.status, 1) << o.out;  // the one invalid input
  auto json = nlohmann::json::parse(o.out);
  EXPECT_EQ(json["all_as_expected"], true) << o.out;
  EXPECT_EQ(json["inputs"]["runs"], 3);
  EXPECT_EQ(json["inputs"]["faults"],
            nlohmann::json::array({{{"validator", "input_validators/range/Main.py"},
                                    {"test", "secret/2"},
                                    {"status", "invalid"},
                                    {"message", "500 > 100"}}}));
}

}  // namespace
