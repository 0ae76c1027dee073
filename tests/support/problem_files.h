// The files of a problem written by a test: tests/NAME.in and tests/NAME.ans under a directory.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

namespace test {

inline void write_test_case(const std::filesystem::path& problem_dir, const std::string& name,
                            const std::string& input, const std::string& answer) {
  std::filesystem::create_directories(problem_dir / "tests");
  std::ofstream(problem_dir / "tests" / (name + ".in")) << input;
  std::ofstream(problem_dir / "tests" / (name + ".ans")) << answer;
}

}  // namespace test
