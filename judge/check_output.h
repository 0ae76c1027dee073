// Checking a test's output file against its answer file: what run_test does once the program ran.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "judge/checker.h"
#include "judge/problem.h"

namespace judge {

struct OutputCheck {
  std::optional<CheckResult> result;  // none when the judge could not read a file
  std::string error;                  // then why: a failure of the judge (IE), never of the program
};

// The output may hold at most `output_limit` bytes (the supervisor stopped the program there).
OutputCheck check_output(const CheckerSpec& spec, const std::filesystem::path& output,
                         std::uint64_t output_limit, const std::filesystem::path& answer);

}  // namespace judge
