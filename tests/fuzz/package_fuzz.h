// Shared by the package fuzzers: a fixture package directory in the build tree (libFuzzer ends
// with _Exit, so nothing in /tmp would be removed), and what every loaded package must satisfy.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "judge/errors.h"
#include "judge/package/load_any.h"

namespace fuzz {

inline void put(const std::filesystem::path& dir, const std::string& relative,
                std::string_view text) {
  std::filesystem::path path = dir / relative;
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::trunc)
      .write(text.data(), static_cast<std::streamsize>(text.size()));
}

// Tests, limits and checker set; groups over valid tests in order, depending on earlier ones.
inline void check_problem(const judge::Problem& p) {
  if (p.tests.empty() || !p.limits.memory || *p.limits.memory == 0 || !p.limits.cpu_time ||
      p.limits.cpu_time->count() <= 0 || p.format.empty())
    __builtin_trap();
  if (p.checker.is_program() && p.checker.program.source.empty()) __builtin_trap();
  for (std::size_t g = 0; g < p.groups.size(); ++g) {
    const judge::TestGroup& group = p.groups[g];
    if (group.tests.empty() || !(group.points >= 0 && group.points <= 1e18)) __builtin_trap();
    for (std::size_t i = 0; i < group.tests.size(); ++i)
      if (group.tests[i] >= p.tests.size() || (i > 0 && group.tests[i] <= group.tests[i - 1]))
        __builtin_trap();
    for (std::size_t d : group.depends_on)
      if (d >= g) __builtin_trap();
  }
}

// Loads the package; an InputError is a fine answer, anything else is a bug.
inline void load(const std::filesystem::path& dir) {
  try {
    check_problem(judge::load_problem_any(dir));
  } catch (const judge::InputError&) {
  }
}

}  // namespace fuzz
