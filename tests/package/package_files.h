// Files of a problem package written by a test (put(dir, "data/secret/1.in", "1 2\n")), and
// what loading it says.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

#include "judge/errors.h"
#include "judge/package/load_any.h"

namespace test {

inline void put(const std::filesystem::path& dir, const std::string& relative,
                const std::string& text) {
  std::filesystem::path path = dir / relative;
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

// The message of the InputError that loading the problem at `path` throws (empty when it loads).
inline std::string load_refusal(const std::filesystem::path& path) {
  try {
    judge::load_problem_any(path);
  } catch (const judge::InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace test
