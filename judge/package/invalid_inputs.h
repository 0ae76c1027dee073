// A Kattis package's data/invalid_input: inputs that at least one input validator must reject, as
// `judge verify` checks them (docs/package-formats.md, "Invalid inputs").
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "judge/package/validators.h"
#include "judge/problem.h"

namespace judge {

struct InvalidInputs {
  std::vector<std::string> names;             // the path under data/ without .in
  std::vector<std::filesystem::path> inputs;  // the .in files, in name order
  // The problem's input validators (input_validators()' order), test_args per invalid input:
  // input_validator_args of its own NAME.yaml (2025-09), else of the nearest settings file.
  std::vector<InputValidator> validators;
};

// Empty unless the problem is a Kattis package with data/invalid_input. Every .in under it, at any
// depth (at most 16 directories deep, at most 100 000 files; a directory reached a second time is
// refused); other files are ignored. Throws InputError naming the path of what is refused.
InvalidInputs invalid_inputs(const Problem& problem);

}  // namespace judge
