// `judge run PROBLEM SUBMISSION` (PROBLEM: a problem.toml, a package directory or a zip): compile
// in a box, run every test, check, report.
#include <unistd.h>

#include <boost/program_options.hpp>
#include <iostream>

#include "cli/commands.h"
#include "cli/sandbox_options.h"
#include "cli/usage_error.h"
#include "judge/batch/resume_key.h"
#include "judge/grader.h"
#include "judge/errors.h"
#include "judge/problem.h"
#include "judge/package/load_any.h"
#include "judge/report.h"
#include "base/units.h"

namespace po = boost::program_options;

namespace cli {
namespace {

// The command line of `judge run`, as given.
struct RunArgs {
  std::string problem_file, submission, format = "text", cache_dir, cache_max, language;
  std::vector<std::string> language_files;
  int jobs = 1;  // signed: Boost would wrap -1 around to 4294967295
  bool fail_fast = false;
  HostOptions host;
};

// What the command line names, read and checked before any box exists.
struct RunInputs {
  std::uint64_t cache_max_bytes = judge::ArtifactCache::kDefaultMaxBytes;
  judge::Problem problem;
  judge::Languages languages;
  sandbox::SandboxOptions sandbox_options;
};

// The options --help lists, bound to `args`.
void add_run_options(po::options_description& desc, RunArgs& args) {
  desc.add_options()("language", po::value(&args.language),
                     "language id (default: from the submission's extension)")(
      "languages", po::value(&args.language_files),
      "extra languages file, read after the shipped one (repeatable)")(
      "format", po::value(&args.format), "text (a table) or json (one object)")(
      "fail-fast", po::bool_switch(&args.fail_fast), "stop at the first test that is not AC")(
      "jobs,j", po::value(&args.jobs),
      "tests to run at once, each pinned to its own CPU (default 1)")(
      "cache-dir", po::value(&args.cache_dir), "compiled programs (default /var/cache/judge)")(
      "cache-max", po::value(&args.cache_max),
      "disk space the cache never exceeds, entries in use included (default 4GiB)")("help,h",
                                                                                    "this help");
  add_host_options(desc, args.host);
}

// Fills `args` from the command line, the options of `desc` and the two positionals. Returns
// whether --help was asked for. Throws for an option Boost cannot parse.
bool parse_command_line(int argc, char** argv, const po::options_description& desc, RunArgs& args) {
  po::options_description hidden;
  hidden.add_options()("problem", po::value(&args.problem_file))("submission",
                                                                 po::value(&args.submission));
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description positional;
  positional.add("problem", 1).add("submission", 1);
  po::variables_map vm;
  po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
  po::notify(vm);
  return vm.count("help") != 0;
}

// Checks the option values, then loads the problem and the languages. Throws UsageError, or the
// loaders' errors.
RunInputs load_inputs(const RunArgs& args) {
  if (args.problem_file.empty() || args.submission.empty())
    throw UsageError("expected PROBLEM.toml and SUBMISSION (try --help)");
  if (args.format != "text" && args.format != "json")
    throw UsageError("--format must be text or json");
  if (args.jobs < 1 || args.jobs > 1024) throw UsageError("--jobs must be in 1..1024");
  RunInputs inputs;
  if (!args.cache_max.empty()) {
    try {
      inputs.cache_max_bytes = base::parse_size(args.cache_max);
    } catch (const std::exception& e) {
      throw UsageError(std::string("--cache-max: ") + e.what());
    }
  }
  // problem.toml, a Kattis or Polygon package, or a zip of one (docs/package-formats.md).
  inputs.problem = judge::load_problem_any(args.problem_file);
  std::vector<std::filesystem::path> files = judge::Languages::default_files();
  files.insert(files.end(), args.language_files.begin(), args.language_files.end());
  inputs.languages = judge::Languages::load(files);
  inputs.sandbox_options = make_sandbox_options(args.host);
  inputs.sandbox_options.netns_ahead = static_cast<unsigned>(args.jobs);  // one per box at once
  inputs.sandbox_options.cgroups_ahead = static_cast<unsigned>(args.jobs);  // one ready per job
  return inputs;
}

std::string submission_name(const RunArgs& args) {
  return std::filesystem::path(args.submission).filename().string();
}

// The grading options; in text format, they print the table as the grading goes. The callbacks
// refer to `args`, `problem` and `style`, which must outlive the grading.
judge::GradeOptions grade_options(const RunArgs& args, const judge::Problem& problem,
                                  const judge::TableStyle& style) {
  judge::GradeOptions options;
  if (!args.language.empty()) options.language = args.language;
  options.fail_fast = args.fail_fast;
  options.jobs = static_cast<unsigned>(args.jobs);
  if (args.format == "text") {
    // The header waits for the compile: a submission that cannot be graded at all gets an error
    // alone.
    options.on_compile = [&args, &problem, &style](const judge::CompileReport& c) {
      std::cout << "problem " << problem.name << ", submission " << submission_name(args) << "\n"
                << judge::table_compile(c, style) << std::flush;
    };
    options.on_test = [&style](const judge::TestReport& t) {
      std::cout << judge::table_row(t, style) << std::flush;
    };
  }
  return options;
}

// Grades the submission in a sandbox of its own. A failure of the judge becomes a report with
// verdict IE; judge::InputError (bad input found only now) goes to the caller.
judge::Report grade(const RunArgs& args, RunInputs& inputs, const judge::GradeOptions& options) {
  judge::Report report;
  try {
    sandbox::Sandbox sandbox(inputs.sandbox_options);
    judge::Grader grader(sandbox, std::move(inputs.languages),
                         args.cache_dir.empty() ? judge::ArtifactCache::default_root()
                                                : std::filesystem::path(args.cache_dir),
                         judge::Grader::WorkDirRoot(), inputs.cache_max_bytes);
    report = grader.grade(inputs.problem, args.submission, options);
  } catch (const judge::InputError&) {
    throw;
  } catch (const std::exception& e) {
    report.problem = inputs.problem.name;
    report.submission = submission_name(args);
    report.verdict = judge::Verdict::IE;
    report.message = e.what();
  }
  return report;
}

void print_report(const judge::Report& report, const judge::Problem& problem, bool text,
                  const judge::TableStyle& style) {
  if (text) {
    std::cout << judge::table_footer(report, style);
  } else {
    nlohmann::json json = judge::report_json(report);
    json["format"] = problem.format;  // which problem format was read
    std::cout << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
}

// The problem's content hash for the JSON report (issue 18): the one batch and the worker key
// their results by. Empty (null in the report) when a file cannot be read any more.
std::string problem_hash(const judge::Problem& problem) {
  try {
    return judge::batch::problem_version(problem);
  } catch (const judge::JudgeError&) {
    return "";
  }
}

int exit_status(judge::Verdict verdict) {
  if (verdict == judge::Verdict::IE) return kExitInternal;
  return verdict == judge::Verdict::AC ? kExitOk : kExitVerdict;
}

}  // namespace

int cmd_run(int argc, char** argv) {
  RunArgs args;
  po::options_description desc(
      "judge run [options] PROBLEM SUBMISSION (PROBLEM: problem.toml, a package dir or .zip)");
  add_run_options(desc, args);
  RunInputs inputs;
  try {
    if (parse_command_line(argc, argv, desc, args)) {
      std::cout << desc << "\n";
      return kExitOk;
    }
    inputs = load_inputs(args);
  } catch (const std::exception& e) {
    return report_usage_error("run", e);
  }

  const bool text = args.format == "text";
  judge::TableStyle style{text && ::isatty(1)};
  judge::GradeOptions options = grade_options(args, inputs.problem, style);
  judge::Report report;
  try {
    report = grade(args, inputs, options);
  } catch (const judge::InputError& e) {
    return report_usage_error("run", e);
  }
  if (!text) report.problem_hash = problem_hash(inputs.problem);  // issue 18
  print_report(report, inputs.problem, text, style);
  return exit_status(report.verdict);
}

}  // namespace cli
