// `judge run PROBLEM.toml SUBMISSION`: compile in a box, run every test, check, report.
#include <unistd.h>

#include <boost/program_options.hpp>
#include <iostream>

#include "cli/commands.h"
#include "cli/sandbox_options.h"
#include "cli/usage_error.h"
#include "judge/grader.h"
#include "judge/errors.h"
#include "judge/problem.h"
#include "judge/report.h"
#include "base/units.h"

namespace po = boost::program_options;

namespace cli {

int cmd_run(int argc, char** argv) {
  std::string problem_file, submission, format = "text", cache_dir, cache_max, language;
  std::vector<std::string> language_files;
  int jobs = 1;  // signed: Boost would wrap -1 around to 4294967295
  bool fail_fast = false;
  HostOptions host;
  po::options_description desc("judge run [options] PROBLEM.toml SUBMISSION");
  desc.add_options()("language", po::value(&language),
                     "language id (default: from the submission's extension)")(
      "languages", po::value(&language_files),
      "extra languages file, read after the shipped one (repeatable)")(
      "format", po::value(&format), "text (a table) or json (one object)")(
      "fail-fast", po::bool_switch(&fail_fast), "stop at the first test that is not AC")(
      "jobs,j", po::value(&jobs), "tests to run at once, each pinned to its own CPU (default 1)")(
      "cache-dir", po::value(&cache_dir), "compiled programs (default /var/cache/judge)")(
      "cache-max", po::value(&cache_max),
      "disk space the cache never exceeds, entries in use included (default 4GiB)")("help,h",
                                                                                    "this help");
  add_host_options(desc, host);
  po::options_description hidden;
  hidden.add_options()("problem", po::value(&problem_file))("submission", po::value(&submission));
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description positional;
  positional.add("problem", 1).add("submission", 1);

  std::uint64_t cache_max_bytes = judge::ArtifactCache::kDefaultMaxBytes;
  judge::Problem problem;
  judge::Languages languages;
  sandbox::SandboxOptions sandbox_options;
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
    if (vm.count("help")) {
      std::cout << desc << "\n";
      return kExitOk;
    }
    if (problem_file.empty() || submission.empty())
      throw UsageError("expected PROBLEM.toml and SUBMISSION (try --help)");
    if (format != "text" && format != "json") throw UsageError("--format must be text or json");
    if (jobs < 1 || jobs > 1024) throw UsageError("--jobs must be in 1..1024");
    if (!cache_max.empty()) {
      try {
        cache_max_bytes = base::parse_size(cache_max);
      } catch (const std::exception& e) {
        throw UsageError(std::string("--cache-max: ") + e.what());
      }
    }
    problem = judge::load_problem(problem_file);
    std::vector<std::filesystem::path> files{judge::Languages::default_file()};
    files.insert(files.end(), language_files.begin(), language_files.end());
    languages = judge::Languages::load(files);
    sandbox_options = make_sandbox_options(host);
  } catch (const std::exception& e) {
    return report_usage_error("run", e);
  }

  const bool text = format == "text";
  judge::TableStyle style{text && ::isatty(1)};
  judge::GradeOptions options;
  if (!language.empty()) options.language = language;
  options.fail_fast = fail_fast;
  options.jobs = static_cast<unsigned>(jobs);
  if (text) {
    // The header waits for the compile: a submission that cannot be graded at all gets an error
    // alone.
    options.on_compile = [&](const judge::CompileReport& c) {
      std::cout << "problem " << problem.name << ", submission "
                << std::filesystem::path(submission).filename().string() << "\n"
                << judge::table_compile(c, style) << std::flush;
    };
    options.on_test = [&](const judge::TestReport& t) {
      std::cout << judge::table_row(t, style) << std::flush;
    };
  }
  judge::Report report;
  try {
    sandbox::Sandbox sandbox(sandbox_options);
    judge::Grader grader(
        sandbox, std::move(languages),
        cache_dir.empty() ? judge::ArtifactCache::default_root() : std::filesystem::path(cache_dir),
        judge::Grader::WorkDirRoot(), cache_max_bytes);
    report = grader.grade(problem, submission, options);
  } catch (const judge::InputError& e) {
    return report_usage_error("run", e);
  } catch (const std::exception& e) {
    report.problem = problem.name;
    report.submission = std::filesystem::path(submission).filename().string();
    report.verdict = judge::Verdict::IE;
    report.message = e.what();
  }
  if (text) {
    std::cout << judge::table_footer(report, style);
  } else {
    std::cout << judge::report_json(report).dump(2, ' ', false,
                                                 nlohmann::json::error_handler_t::replace)
              << "\n";
  }
  if (report.verdict == judge::Verdict::IE) return kExitInternal;
  return report.verdict == judge::Verdict::AC ? kExitOk : kExitVerdict;
}

}  // namespace cli
