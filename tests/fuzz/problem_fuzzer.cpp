// libFuzzer: problem.toml text in; a Problem or an InputError out, nothing else (no crash, no
// other exception, no hang).
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
    // What the shipped problems' [checker] tables name: a source and a built program.
    std::filesystem::create_directories(d / "checker");
    for (const char* name : {"checker/validate.cpp", "checker/check.cpp", "checker/run"})
      std::ofstream(d / name) << "int main() { return 42; }\n";
    std::filesystem::permissions(d / "checker/run", std::filesystem::perms::owner_all);
    return d;
  }();
  return dir;
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
  } catch (const judge::InputError&) {
  }
  return 0;
}
