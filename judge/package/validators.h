// A problem's input validators, as `judge verify` runs them on every test's input: problem.toml's
// [validator], a Kattis package's input_validators/ (or input_validator/) with the flags of its
// testdata.yaml / test_group.yaml, a Polygon package's <validators> with the testset and group
// (docs/package-formats.md, "Input validators").
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "judge/problem.h"

namespace judge {

struct InputValidator {
  std::string name;  // for messages: its path under the problem's directory
  // Type Kattis (exit 42 valid, 43 invalid) or Testlib (exit 0 valid); program.source (always
  // a source, compiled), program.args for every test.
  CheckerSpec spec;
  // Per test (the problem's order): arguments after program.args.
  std::vector<std::vector<std::string>> test_args;
};

// Throws InputError naming the file (and key) of a validator that cannot be run: several sources,
// a missing source, a malformed argument setting.
std::vector<InputValidator> input_validators(const Problem& problem);

// Kattis packages (validator_kattis.cpp).
std::vector<InputValidator> kattis_input_validators(const Problem& problem);
// The same validators with test_args for each of `inputs` (files under data/: the settings nearest
// each apply), such as data/invalid_input's (judge/package/invalid_inputs.h).
std::vector<InputValidator> kattis_input_validators(
    const Problem& problem, const std::vector<std::filesystem::path>& inputs);

}  // namespace judge
