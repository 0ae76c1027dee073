// A generated class for `judge batch` tests: students x the example problems aplusb, sort and
// divcount (scored subtasks), mixed C, C++ and Python, verdicts AC WA CE RE TLE with partial
// scores, and a few entries that cannot be graded.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace test {

struct GeneratedClass {
  std::filesystem::path root;                            // ROOT/<who>/<problem>.<ext>
  std::map<std::string, std::string> expected;           // id -> verdict, or ERROR
  std::map<std::string, double> scores;                  // id -> score (divcount's entries)
  std::map<std::string, std::filesystem::path> sources;  // id -> the copied file (graded ones)
};

// Writes `students` students (and the broken entries) under `root`.
GeneratedClass generate_class(const std::filesystem::path& root, int students);

}  // namespace test
