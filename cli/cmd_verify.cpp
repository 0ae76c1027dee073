// `judge verify PROBLEM`: grades every submission the problem ships with and compares each with
// the verdict (and score) its package states (judge/package/expected_verdicts.h): a matrix of
// submissions × tests, a summary, and the time limit against the slowest accepted submission.
#include <boost/program_options.hpp>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "base/cpus.h"
#include "cli/commands.h"
#include "cli/sandbox_options.h"
#include "cli/usage_error.h"
#include "cli/verify_validation.h"
#include "judge/batch/scheduler.h"
#include "judge/errors.h"
#include "judge/grader.h"
#include "judge/report.h"
#include "judge/package/expected_verdicts.h"
#include "judge/package/invalid_inputs.h"
#include "judge/package/load_any.h"
#include "judge/package/validators.h"

namespace po = boost::program_options;

namespace cli {
namespace {

struct VerifyArgs {
  std::string problem, format = "text", cache_dir;
  int jobs = 1;
  HostOptions host;
};

struct Outcome {
  judge::ExpectedSubmission expected;
  judge::Report report;
  bool as_expected = false;
};

bool parse(int argc, char** argv, po::options_description& desc, VerifyArgs& args) {
  desc.add_options()("format", po::value(&args.format), "text (a matrix) or json")(
      "jobs,j", po::value(&args.jobs),
      "validator runs and submissions to grade at once (default 1)")(
      "cache-dir", po::value(&args.cache_dir), "compiled programs (default /var/cache/judge)")(
      "help,h", "this help");
  add_host_options(desc, args.host);
  po::options_description all;
  all.add(desc).add_options()("problem", po::value(&args.problem));
  po::positional_options_description positional;
  positional.add("problem", 1);
  po::variables_map vm;
  po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
  po::notify(vm);
  if (vm.count("help")) return true;
  if (args.problem.empty()) throw UsageError("expected PROBLEM (try --help)");
  if (args.format != "text" && args.format != "json")
    throw UsageError("--format must be text or json");
  if (args.jobs < 1 || args.jobs > 1024) throw UsageError("--jobs must be in 1..1024");
  return false;
}

bool matches(const judge::ExpectedSubmission& e, const judge::Report& r) {
  bool verdict =
      e.verdicts.empty()
          ? r.verdict != judge::Verdict::AC && r.verdict != judge::Verdict::IE
          : std::find(e.verdicts.begin(), e.verdicts.end(), r.verdict) != e.verdicts.end();
  return verdict && (!e.score || std::abs(r.score - *e.score) < 1e-9);
}

std::string expected_text(const judge::ExpectedSubmission& e) {
  std::string out;
  for (judge::Verdict v : e.verdicts) out += (out.empty() ? "" : "|") + std::string(to_string(v));
  if (out.empty()) out = "not AC";
  if (e.score) out += " score " + std::to_string(static_cast<long long>(*e.score));
  return out;
}

// What verify found: the inputs' validation, then each submission's grading.
struct Verification {
  ValidationSummary validation;
  std::vector<Outcome> outcomes;
};

// Validates every input, then grades the submissions `args.jobs` at a time (each with a Grader
// of its own, its tests one at a time, the worker pinned to a CPU as judge batch does); outcomes
// keep the package's order.
Verification verify_all(const VerifyArgs& args, const judge::Problem& problem,
                        const std::vector<judge::InputValidator>& validators,
                        const judge::InvalidInputs& invalid,
                        std::vector<judge::ExpectedSubmission> submissions) {
  sandbox::Sandbox sandbox(make_sandbox_options(args.host));
  judge::Languages languages = judge::Languages::load(judge::Languages::default_files());
  std::filesystem::path cache_dir = args.cache_dir.empty() ? judge::ArtifactCache::default_root()
                                                           : std::filesystem::path(args.cache_dir);
  const auto jobs = static_cast<unsigned>(args.jobs);
  std::vector<std::unique_ptr<judge::Grader>> graders;
  for (unsigned w = 0; w < jobs; ++w)
    graders.push_back(std::make_unique<judge::Grader>(sandbox, languages, cache_dir));
  Verification out;
  {
    judge::ArtifactCache cache(cache_dir);
    out.validation =
        validate_inputs({sandbox, languages, cache, judge::Grader::WorkDirRoot(), jobs}, problem,
                        validators, invalid);
  }
  out.outcomes.resize(submissions.size());
  std::atomic<bool> stop{false};
  std::vector<int> cpus;
  if (jobs > 1) cpus = base::allowed_cpus();
  judge::batch::run_on_workers(
      submissions.size(), jobs, cpus, stop, [&](std::size_t i, unsigned worker) {
        judge::Report report = graders[worker]->grade(problem, submissions[i].source, {});
        bool ok = matches(submissions[i], report);
        out.outcomes[i] = {std::move(submissions[i]), std::move(report), ok};
      });
  return out;
}

// A Kattis package's data/invalid_output and data/valid_output test the output validator, which
// verify does not run on them yet: listed as skipped, so that nobody takes them as checked.
void note_unchecked_outputs(const judge::Problem& problem, std::vector<std::string>& skipped) {
  if (!problem.format.starts_with("kattis")) return;
  for (const char* dir : {"data/invalid_output", "data/valid_output"}) {
    std::error_code ec;
    if (std::filesystem::is_directory(problem.dir / dir, ec))
      skipped.push_back(std::string(dir) + " (output validator cases are not checked by verify)");
  }
}

// The slowest test of the slowest submission expected to be accepted, in µs (0: none).
std::uint64_t slowest_accepted(const std::vector<Outcome>& outcomes) {
  std::uint64_t slowest = 0;
  for (const Outcome& o : outcomes)
    if (o.expected.verdicts == std::vector<judge::Verdict>{judge::Verdict::AC})
      slowest = std::max(slowest, o.report.max_cpu_us);
  return slowest;
}

std::string short_path(const judge::Problem& problem, const std::filesystem::path& source) {
  // Both absolute: a source found under an absolute path is not relative to a relative problem dir.
  namespace fs = std::filesystem;
  std::string rel = fs::absolute(source)
                        .lexically_normal()
                        .lexically_relative(fs::absolute(problem.dir).lexically_normal())
                        .string();
  return rel.empty() ? source.string() : rel;
}

// Why a grading ran no test (IE, CE): its message, else the compiler's first lines (at most 300
// bytes), so that a mismatch says what went wrong; empty when tests ran.
std::string why_not_run(const judge::Report& report) {
  if (!report.tests.empty()) return "";
  std::string why = !report.message.empty() ? report.message : report.compile.message;
  if (report.compile.status == judge::CompileReport::Status::CE)
    why += (why.empty() ? "" : ": ") + report.compile.log;
  if (why.size() > 300) why = why.substr(0, 300) + "...";
  std::replace(why.begin(), why.end(), '\n', ' ');
  return why;
}

void print_text(const judge::Problem& problem, const Verification& v,
                const std::vector<std::string>& skipped) {
  const std::vector<Outcome>& outcomes = v.outcomes;
  std::cout << "problem " << judge::printable_name(problem.name) << " (" << problem.format << ")\n";
  print_validation(std::cout, v.validation);
  std::size_t good = 0;
  for (const Outcome& o : outcomes) {
    good += o.as_expected;
    std::cout << (o.as_expected ? "ok        " : "MISMATCH  ") << std::left << std::setw(40)
              << judge::printable_name(short_path(problem, o.expected.source)) << " expected "
              << std::setw(14) << expected_text(o.expected) << " got "
              << to_string(o.report.verdict);
    if (!problem.groups.empty()) std::cout << " score " << o.report.score;
    std::cout << "\n         ";
    for (const judge::TestReport& t : o.report.tests)
      std::cout << " " << judge::printable_name(t.name) << ":" << to_string(t.verdict) << ":"
                << t.cpu_us / 1000 << "ms";
    if (std::string why = why_not_run(o.report); !why.empty())
      std::cout << " " << judge::printable(why);
    std::cout << "\n";
  }
  for (const std::string& s : skipped)
    std::cout << "skipped   " << judge::printable_name(s) << "\n";
  std::uint64_t slowest = slowest_accepted(outcomes), limit = problem.limits.cpu_time->count();
  std::cout << good << " of " << outcomes.size() << " submissions as expected; time limit "
            << limit / 1000 << " ms, slowest accepted test " << slowest / 1000 << " ms\n";
  if (slowest > 0 && limit < 2 * slowest)
    std::cout << "warning: the time limit is less than 2x the slowest accepted submission\n";
}

nlohmann::json to_json(const judge::Problem& problem, const Verification& v,
                       const std::vector<std::string>& skipped) {
  const std::vector<Outcome>& outcomes = v.outcomes;
  nlohmann::json j{{"problem", problem.name},
                   {"format", problem.format},
                   {"skipped", skipped},
                   {"inputs", validation_json(v.validation)}};
  bool all = !outcomes.empty();
  for (const Outcome& o : outcomes) {
    nlohmann::json tests = nlohmann::json::array();
    for (const judge::TestReport& t : o.report.tests)
      tests.push_back(
          {{"name", t.name}, {"verdict", to_string(t.verdict)}, {"cpu_ms", t.cpu_us / 1000}});
    j["submissions"].push_back({{"source", short_path(problem, o.expected.source)},
                                {"label", o.expected.label},
                                {"expected", expected_text(o.expected)},
                                {"verdict", to_string(o.report.verdict)},
                                {"score", o.report.score},
                                {"as_expected", o.as_expected},
                                {"message", why_not_run(o.report)},
                                {"tests", tests}});
    all = all && o.as_expected;
  }
  std::uint64_t slowest = slowest_accepted(outcomes), limit = problem.limits.cpu_time->count();
  j["all_as_expected"] = all;
  j["time_limit_ms"] = limit / 1000;
  j["slowest_accepted_ms"] = slowest / 1000;
  j["time_limit_margin_below_2x"] = slowest > 0 && limit < 2 * slowest;
  return j;
}

// A validator that does not work is the problem's fault, as an unexpected IE is.
int status(const Verification& v) {
  if (v.validation.failed()) return kExitInternal;
  for (const Outcome& o : v.outcomes)
    if (o.report.verdict == judge::Verdict::IE && !o.as_expected) return kExitInternal;
  bool all = !v.outcomes.empty() && !v.validation.invalid();
  for (const Outcome& o : v.outcomes) all = all && o.as_expected;
  return all ? kExitOk : kExitVerdict;
}

}  // namespace

int cmd_verify(int argc, char** argv) {
  VerifyArgs args;
  po::options_description desc("judge verify [options] PROBLEM (a problem.toml, package or zip)");
  judge::Problem problem;
  std::vector<judge::ExpectedSubmission> submissions;
  std::vector<std::string> skipped;
  std::vector<judge::InputValidator> validators;
  judge::InvalidInputs invalid;
  try {
    if (parse(argc, argv, desc, args)) {
      std::cout << desc << "\n";
      return kExitOk;
    }
    problem = judge::load_problem_any(args.problem);
    submissions = judge::package_submissions(problem, &skipped);
    validators = judge::input_validators(problem);
    invalid = judge::invalid_inputs(problem);
    note_unchecked_outputs(problem, skipped);
    // A package may carry solutions in languages this host has no toolchain for: skipped with a
    // note naming the package to install, not graded IE (docs/languages.md).
    auto languages = judge::Languages::load(judge::Languages::default_files());
    std::erase_if(submissions, [&](const judge::ExpectedSubmission& s) {
      const judge::Language* l = languages.detect(s.source);
      if (!l || (judge::command_available(l->compile) && judge::command_available(l->run)))
        return false;
      std::string fix = l->debian_package.empty() ? "" : ": apt-get install " + l->debian_package;
      skipped.push_back(s.source.string() + " (" + l->name + " is not installed here" + fix + ")");
      return true;
    });
  } catch (const std::exception& e) {
    return report_usage_error("verify", e);
  }
  Verification verification;
  try {
    verification = verify_all(args, problem, validators, invalid, std::move(submissions));
  } catch (const judge::InputError& e) {
    return report_usage_error("verify", e);
  } catch (const std::exception& e) {
    std::cerr << "judge verify: internal error: " << e.what() << "\n";
    return kExitInternal;
  }
  if (args.format == "json")
    // Replacement: messages quote what submissions and validators printed, which need not be UTF-8.
    std::cout << to_json(problem, verification, skipped)
                     .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
  else
    print_text(problem, verification, skipped);
  return status(verification);
}

}  // namespace cli
