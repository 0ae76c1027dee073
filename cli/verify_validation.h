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
#include "judge/package/invalid_inputs.h"
#include "judge/package/validator_run.h"
#include "judge/problem.h"
#include "sandbox/sandbox.h"

namespace cli {

struct InputCheck {
  std::string
      validator;     // its path in the problem; empty: no validator (an accepted invalid input)
  std::string test;  // empty: the validator as a whole (it did not compile)
  // Valid only for an invalid input (data/invalid_input) that no validator rejected.
  judge::Validation result;
};

struct ValidationSummary {
  std::vector<std::string> validators;
  std::size_t runs = 0;            // validator × input runs made (invalid inputs too)
  std::size_t invalid_inputs = 0;  // data/invalid_input files checked
  // Validators that did not compile, then runs on tests not Valid, then per invalid input: runs
  // that Failed, and the input itself when no validator rejected it.
  std::vector<InputCheck> faults;
  bool invalid() const;  // a test's input was found invalid, or an invalid input accepted
  bool failed() const;   // a validator did not compile or run
};

struct ValidationContext {
  sandbox::Sandbox& sandbox;
  const judge::Languages& languages;
  judge::ArtifactCache& cache;
  std::filesystem::path work_root;
  unsigned jobs = 1;
};

// Every test's input must be valid to every validator; every invalid input (`invalid`, whose
// validators are `validators` with other arguments) must be rejected by at least one. Throws
// InputError for a validator the package describes wrongly or no language compiles.
ValidationSummary validate_inputs(const ValidationContext& context, const judge::Problem& problem,
                                  const std::vector<judge::InputValidator>& validators,
                                  const judge::InvalidInputs& invalid);

// "inputs: N validators, M runs, all valid" (", K invalid inputs rejected") and a line per fault.
void print_validation(std::ostream& out, const ValidationSummary& summary);
// {"validators": [...], "runs": M, "invalid_inputs": K, "all_valid": bool,
//  "faults": [{"validator", "test", "status" (invalid, failed, accepted), "message"}]}.
nlohmann::json validation_json(const ValidationSummary& summary);

}  // namespace cli
