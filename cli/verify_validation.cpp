#include "cli/verify_validation.h"

#include <algorithm>
#include <cctype>
#include <iomanip>

#include "judge/batch/scheduler.h"
#include "judge/report.h"

namespace cli {

using judge::Validation;

bool ValidationSummary::invalid() const {
  return std::any_of(faults.begin(), faults.end(), [](const InputCheck& c) {
    return c.result.status != Validation::Status::Failed;
  });
}

bool ValidationSummary::failed() const {
  return std::any_of(faults.begin(), faults.end(), [](const InputCheck& c) {
    return c.result.status == Validation::Status::Failed;
  });
}

namespace {

// Every call, `jobs` at a time (not pinned: the grading's own boxes are not running yet).
void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& fn) {
  std::atomic<bool> stop{false};
  judge::batch::run_on_workers(count, jobs, {}, stop,
                               [&](std::size_t index, unsigned) { fn(index); });
}

// prepare_checker() speaks of "the checker"; here it is an input validator.
std::string compile_error(const std::string& error) {
  const std::string prefix = "the checker ";
  return error.starts_with(prefix) ? "the validator " + error.substr(prefix.size()) : error;
}

// One validator on one input: a test's (input < tests) or an invalid input's (the rest).
struct ValidatorRun {
  std::size_t validator, input;
  Validation result;
};

// The runs of every validator that compiled on every input, results filled in.
std::vector<ValidatorRun> run_all(const ValidationContext& context, const judge::Problem& problem,
                                  const std::vector<judge::PreparedChecker>& prepared,
                                  const std::vector<judge::InputValidator>& validators,
                                  const judge::InvalidInputs& invalid) {
  const std::size_t tests = problem.tests.size();
  std::vector<ValidatorRun> runs;
  for (std::size_t v = 0; v < validators.size(); ++v)
    if (prepared[v].error.empty())
      for (std::size_t i = 0; i < tests + invalid.inputs.size(); ++i) runs.push_back({v, i, {}});
  parallel_for(runs.size(), context.jobs, [&](std::size_t r) {
    ValidatorRun& run = runs[r];
    bool test = run.input < tests;
    const auto& input = test ? problem.tests[run.input].input : invalid.inputs[run.input - tests];
    const auto& args = test ? validators[run.validator].test_args[run.input]
                            : invalid.validators[run.validator].test_args[run.input - tests];
    run.result = judge::run_validator(context.sandbox, prepared[run.validator], input, args);
  });
  return runs;
}

// An invalid input is as expected when a validator did not find it valid: as problemtools counts
// it, any exit but 42 (Kattis) or 0 (testlib) rejects it, an assertion's crash included.
void judge_invalid_inputs(const std::vector<judge::InputValidator>& validators,
                          const judge::InvalidInputs& invalid, std::size_t tests,
                          const std::vector<ValidatorRun>& runs, ValidationSummary& summary) {
  for (std::size_t i = 0; i < invalid.inputs.size(); ++i) {
    bool rejected = std::any_of(runs.begin(), runs.end(), [&](const ValidatorRun& run) {
      return run.input == tests + i && run.result.status != Validation::Status::Valid;
    });
    if (!rejected)
      summary.faults.push_back(
          {"",
           invalid.names[i],
           {Validation::Status::Valid, validators.empty()
                                           ? "the problem has no input validator to reject it"
                                           : "no input validator rejected it"}});
  }
}

}  // namespace

ValidationSummary validate_inputs(const ValidationContext& context, const judge::Problem& problem,
                                  const std::vector<judge::InputValidator>& validators,
                                  const judge::InvalidInputs& invalid) {
  ValidationSummary summary;
  std::vector<judge::PreparedChecker> prepared(validators.size());
  parallel_for(validators.size(), context.jobs, [&](std::size_t v) {
    prepared[v] = judge::prepare_validator(context.sandbox, validators[v], context.languages,
                                           context.cache, context.work_root);
  });
  for (std::size_t v = 0; v < validators.size(); ++v) {
    summary.validators.push_back(validators[v].name);
    if (!prepared[v].error.empty())
      summary.faults.push_back(
          {validators[v].name, "", {Validation::Status::Failed, compile_error(prepared[v].error)}});
  }
  std::vector<ValidatorRun> runs = run_all(context, problem, prepared, validators, invalid);
  summary.runs = runs.size();
  summary.invalid_inputs = invalid.inputs.size();
  const std::size_t tests = problem.tests.size();
  for (ValidatorRun& run : runs)
    if (run.input < tests && run.result.status != Validation::Status::Valid)
      summary.faults.push_back(
          {validators[run.validator].name, problem.tests[run.input].name, std::move(run.result)});
  judge_invalid_inputs(validators, invalid, tests, runs, summary);
  return summary;
}

namespace {

std::string_view fault_status(const InputCheck& c) {
  return c.result.status == Validation::Status::Valid ? "accepted"
                                                      : judge::to_string(c.result.status);
}

}  // namespace

void print_validation(std::ostream& out, const ValidationSummary& summary) {
  out << "inputs: " << summary.validators.size() << " validator"
      << (summary.validators.size() == 1 ? "" : "s") << ", " << summary.runs << " runs, "
      << (summary.faults.empty() ? "all valid"
                                 : std::to_string(summary.faults.size()) +
                                       (summary.faults.size() == 1 ? " fault" : " faults"));
  if (summary.invalid_inputs > 0)
    out << "; " << summary.invalid_inputs << " invalid input"
        << (summary.invalid_inputs == 1 ? "" : "s") << " checked";
  out << "\n";
  for (const InputCheck& c : summary.faults) {
    std::string status(fault_status(c));
    for (char& ch : status) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    std::string where = judge::printable_name(c.test);
    if (!c.validator.empty())
      where += (where.empty() ? "by " : " by ") + judge::printable_name(c.validator);
    out << std::left << std::setw(10) << status << where;
    if (!c.result.message.empty()) out << ": " << judge::printable(c.result.message);
    out << "\n";
  }
}

nlohmann::json validation_json(const ValidationSummary& summary) {
  nlohmann::json faults = nlohmann::json::array();
  for (const InputCheck& c : summary.faults)
    faults.push_back({{"validator", c.validator},
                      {"test", c.test},
                      {"status", fault_status(c)},
                      {"message", c.result.message}});
  return {{"validators", summary.validators},
          {"runs", summary.runs},
          {"invalid_inputs", summary.invalid_inputs},
          {"all_valid", summary.faults.empty()},
          {"faults", faults}};
}

}  // namespace cli
