#include "cli/verify_validation.h"

#include <algorithm>

#include "judge/batch/scheduler.h"
#include "judge/report.h"

namespace cli {

using judge::Validation;

bool ValidationSummary::invalid() const {
  return std::any_of(faults.begin(), faults.end(), [](const InputCheck& c) {
    return c.result.status == Validation::Status::Invalid;
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

}  // namespace

ValidationSummary validate_inputs(const ValidationContext& context, const judge::Problem& problem,
                                  const std::vector<judge::InputValidator>& validators) {
  ValidationSummary summary;
  std::vector<judge::PreparedChecker> prepared(validators.size());
  parallel_for(validators.size(), context.jobs, [&](std::size_t v) {
    prepared[v] = judge::prepare_validator(context.sandbox, validators[v], context.languages,
                                           context.cache, context.work_root);
  });
  const std::size_t tests = problem.tests.size();
  std::vector<Validation> results(validators.size() * tests);
  std::vector<std::size_t> runs;  // validator * tests + test, for the validators that compiled
  for (std::size_t v = 0; v < validators.size(); ++v) {
    summary.validators.push_back(validators[v].name);
    if (!prepared[v].error.empty()) {
      summary.faults.push_back(
          {validators[v].name, "", {Validation::Status::Failed, compile_error(prepared[v].error)}});
      continue;
    }
    for (std::size_t t = 0; t < tests; ++t) runs.push_back(v * tests + t);
  }
  parallel_for(runs.size(), context.jobs, [&](std::size_t i) {
    std::size_t v = runs[i] / tests, t = runs[i] % tests;
    results[runs[i]] = judge::run_validator(context.sandbox, prepared[v], problem.tests[t].input,
                                            validators[v].test_args[t]);
  });
  summary.runs = runs.size();
  for (std::size_t r : runs)
    if (results[r].status != Validation::Status::Valid)
      summary.faults.push_back(
          {validators[r / tests].name, problem.tests[r % tests].name, std::move(results[r])});
  return summary;
}

void print_validation(std::ostream& out, const ValidationSummary& summary) {
  out << "inputs: " << summary.validators.size() << " validator"
      << (summary.validators.size() == 1 ? "" : "s") << ", " << summary.runs << " runs, "
      << (summary.faults.empty() ? "all valid"
                                 : std::to_string(summary.faults.size()) +
                                       (summary.faults.size() == 1 ? " fault" : " faults"))
      << "\n";
  for (const InputCheck& c : summary.faults) {
    out << (c.result.status == Validation::Status::Invalid ? "INVALID   " : "FAILED    ")
        << (c.test.empty() ? "" : judge::printable_name(c.test) + " ") << "by "
        << judge::printable_name(c.validator);
    if (!c.result.message.empty()) out << ": " << judge::printable(c.result.message);
    out << "\n";
  }
}

nlohmann::json validation_json(const ValidationSummary& summary) {
  nlohmann::json faults = nlohmann::json::array();
  for (const InputCheck& c : summary.faults)
    faults.push_back({{"validator", c.validator},
                      {"test", c.test},
                      {"status", judge::to_string(c.result.status)},
                      {"message", c.result.message}});
  return {{"validators", summary.validators},
          {"runs", summary.runs},
          {"all_valid", summary.faults.empty()},
          {"faults", faults}};
}

}  // namespace cli
