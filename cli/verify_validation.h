// `judge verify`'s first step: every test's input through each of the problem's input validators
// (judge/package/validators.h), each compiled once (cached) and run in its own box per test.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "judge/artifact_cache.h"
#include "judge/language.h"
#include "judge/package/validator_run.h"
#include "judge/problem.h"
#include "sandbox/sandbox.h"

namespace cli {

struct InputCheck {
  std::string validator;  // its path in the problem
  std::string test;       // empty: the validator as a whole (it did not compile)
  judge::Validation result;
};

struct ValidationSummary {
  std::vector<std::string> validators;
  std::size_t runs = 0;            // validator × test runs made
  std::vector<InputCheck> faults;  // validators that did not compile, then runs not Valid
  bool invalid() const;            // an input was found invalid
  bool failed() const;             // a validator did not compile or run
};

struct ValidationContext {
  sandbox::Sandbox& sandbox;
  const judge::Languages& languages;
  judge::ArtifactCache& cache;
  std::filesystem::path work_root;
  unsigned jobs = 1;
};

// Throws InputError for a validator the package describes wrongly or no language compiles.
ValidationSummary validate_inputs(const ValidationContext& context, const judge::Problem& problem,
                                  const std::vector<judge::InputValidator>& validators);

// "inputs: N validators, M runs, all valid" and a line per fault.
void print_validation(std::ostream& out, const ValidationSummary& summary);
// {"validators": [...], "runs": M, "all_valid": bool,
//  "faults": [{"validator", "test", "status", "message"}]}.
nlohmann::json validation_json(const ValidationSummary& summary);

}  // namespace cli
