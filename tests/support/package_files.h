// Files of a problem package written by a test: put(dir, "data/secret/1.in", "1 2\n").
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

namespace test {

inline void put(const std::filesystem::path& dir, const std::string& relative,
                const std::string& text) {
  std::filesystem::path path = dir / relative;
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

}  // namespace test
