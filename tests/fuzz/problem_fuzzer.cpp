// libFuzzer: problem.toml text in; a Problem or an InputError out, nothing else (no crash, no
// other exception, no hang).
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string_view>

#include "judge/errors.h"
#include "judge/problem.h"

namespace {

// A problem directory with a test, so that paths in the fuzzed text can resolve. In the build
// tree, not /tmp: libFuzzer ends with _Exit, so nothing would remove it.
const std::filesystem::path& problem_dir() {
  static const std::filesystem::path dir = [] {
    std::filesystem::path d = FUZZ_FIXTURE_DIR;
    std::filesystem::create_directories(d / "tests");
    std::ofstream(d / "tests/1.in") << "1 2\n";
    std::ofstream(d / "tests/1.ans") << "3\n";
    // Names for [[groups]] patterns to match, as in problems/divcount.
    for (const char* name : {"0-1", "1-1", "1-2"}) {
      std::ofstream(d / "tests" / (std::string(name) + ".in")) << "1 2\n";
      std::ofstream(d / "tests" / (std::string(name) + ".ans")) << "3\n";
    }
    // What the shipped problems' [checker] tables name: a source and a built program.
    std::filesystem::create_directories(d / "checker");
    for (const char* name : {"checker/validate.cpp", "checker/check.cpp", "checker/run"})
      std::ofstream(d / name) << "int main() { return 42; }\n";
    std::filesystem::permissions(d / "checker/run", std::filesystem::perms::owner_all);
    // What the shipped problems' [grader.ID] tables name, as in problems/ioisum.
    std::filesystem::create_directories(d / "grader");
    for (const char* name : {"grader/grader.cpp", "grader/sum.h", "grader/grader.py"})
      std::ofstream(d / name) << "int main() {}\n";
    return d;
  }();
  return dir;
}

// Groups that load are graded in file order over valid tests: each has tests (in order), depends
// only on groups above it, and every test is in one.
void check_groups(const judge::Problem& p) {
  std::vector<bool> grouped(p.tests.size(), false);
  for (std::size_t g = 0; g < p.groups.size(); ++g) {
    const judge::TestGroup& group = p.groups[g];
    if (group.tests.empty() || !(group.points >= 0 && group.points <= 1e9)) __builtin_trap();
    for (std::size_t i = 0; i < group.tests.size(); ++i) {
      if (group.tests[i] >= p.tests.size()) __builtin_trap();
      if (i > 0 && group.tests[i] <= group.tests[i - 1]) __builtin_trap();
      grouped[group.tests[i]] = true;
    }
    for (std::size_t d : group.depends_on)
      if (d >= g) __builtin_trap();
  }
  if (!p.groups.empty() && std::find(grouped.begin(), grouped.end(), false) != grouped.end())
    __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    judge::Problem p = judge::load_problem_text(text, problem_dir() / "problem.toml");
    if (p.tests.empty() || !p.limits.memory || *p.limits.memory == 0 || !p.limits.cpu_time ||
        p.limits.cpu_time->count() <= 0)
      __builtin_trap();
    // A checker program has exactly one of source and program, and its box's limits.
    const judge::CheckerProgram& c = p.checker.program;
    if (p.checker.is_program() &&
        (c.source.empty() == c.program.empty() || !c.limits.cpu_time || !c.limits.memory ||
         c.limits.cpu_time->count() <= 0 || *c.limits.memory == 0))
      __builtin_trap();
    check_groups(p);
  } catch (const judge::InputError&) {
  }
  return 0;
}
