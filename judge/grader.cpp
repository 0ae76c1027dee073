#include "judge/grader.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "judge/communication.h"
#include "judge/compile.h"
#include "judge/errors.h"
#include "judge/group_grading.h"
#include "judge/interaction.h"
#include "judge/output_only.h"
#include "judge/report.h"
#include "judge/test_pool.h"
#include "judge/work_dir.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxSource = 16 << 20;

std::string read_submission(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec))
    throw InputError(path.string(), 0, 0, "cannot read: not a regular file");
  if (fs::file_size(path, ec) > kMaxSource)
    throw InputError(path.string(), 0, 0, "larger than 16MiB");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream data;
  data << in.rdbuf();
  if (!in && !in.eof()) throw InputError(path.string(), 0, 0, "cannot read");
  return data.str();
}

// The overall verdict: IE if any test is, else the first test that is not AC.
void decide_verdict(Report& report) {
  report.verdict = Verdict::AC;
  for (const TestReport& t : report.tests) {
    report.max_cpu_us = std::max(report.max_cpu_us, t.cpu_us);
    report.max_memory_bytes = std::max(report.max_memory_bytes, t.memory_bytes);
    if (t.verdict == Verdict::IE && report.verdict != Verdict::IE) {
      // A fault of the judge makes the whole grading unreliable, whatever else failed.
      report.verdict = Verdict::IE;
      report.message = "test " + t.name + ": " + t.message;
    } else if (report.verdict == Verdict::AC && t.verdict != Verdict::AC &&
               t.verdict != Verdict::SKIPPED) {
      report.verdict = t.verdict;
      report.message = "test " + t.name + (t.message.empty() ? "" : ": " + t.message);
    }
  }
}

// Every test, for the verdict alone; with --fail-fast, those that ran (a prefix, plus any a
// parallel worker finished after it).
void run_every_test(TestPool& pool, Report& report) {
  std::vector<std::size_t> all(pool.results().size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  pool.run(all);
  for (auto& t : pool.results())
    if (t) report.tests.push_back(std::move(*t));
}

// Group by group (group_grading.h); every test is in the report, those not run as SKIPPED.
void run_groups(TestPool& pool, const Problem& problem, Report& report) {
  auto run = [&pool](const std::vector<std::size_t>& tests,
                     const std::function<bool(const TestReport&)>& decides) {
    pool.run(tests, decides);
  };
  GroupGrading graded =
      grade_groups(problem.groups, problem.tests, pool.results(), run, [&pool] { pool.flush(); });
  for (auto& t : pool.results()) report.tests.push_back(std::move(*t));
  report.groups = std::move(graded.groups);
  report.score = graded.score;
  report.max_score = graded.max_score;
}

// A grading that stopped before the tests: with groups, every group SKIPPED and scoring 0.
void report_ungraded_groups(const Problem& problem, Report& report) {
  TestResults none(problem.tests.size());
  for (const TestGroup& group : problem.groups) {
    report.groups.push_back(score_group(group, problem.tests, none));
    report.max_score += group.points;
  }
}

// Output-only problems (judge/output_only.h): the submission is the outputs, nothing compiles or
// runs. None for any other problem (a directory then is refused, InputError).
std::optional<Report> grade_output_only(const OutputOnlyContext& context, const Problem& problem,
                                        const fs::path& submission, const GradeOptions& options) {
  if (!is_output_only_submission(problem, submission)) return std::nullopt;
  Report report;
  if (grade_outputs(context, problem, submission, options, report)) decide_verdict(report);
  return report;
}

}  // namespace

fs::path Grader::WorkDirRoot() {
  return WorkDir::default_root();
}

Grader::Grader(sandbox::Sandbox& sandbox, Languages languages, fs::path cache_dir,
               fs::path work_root, std::uint64_t cache_max_bytes)
    : sandbox_(sandbox),
      languages_(std::move(languages)),
      cache_(std::move(cache_dir), cache_max_bytes),
      work_root_(fs::absolute(work_root)) {  // bind sources must be absolute
  WorkDir::remove_stale(work_root_);
}

const Language* Grader::find_language(const fs::path& submission,
                                      const GradeOptions& options) const {
  const Language* language = nullptr;
  if (options.language) {
    language = languages_.find(*options.language);
    if (!language)
      throw InputError("unknown language '" + *options.language + "' (see docs/languages.md)");
  } else {
    language = languages_.detect(submission);
    if (!language)
      throw InputError(
          submission.string(), 0, 0,
          "no language for extension '" + submission.extension().string() + "' (use --language)");
  }
  return language;
}

Report Grader::grade(const Problem& problem, const fs::path& submission,
                     const GradeOptions& options) {
  if (auto outputs = grade_output_only({sandbox_, languages_, cache_, work_root_}, problem,
                                       submission, options))
    return *outputs;
  const Language* language = find_language(submission, options);
  std::string source = read_submission(submission);

  Report report;
  report.problem = problem.name;
  report.submission = submission.filename().string();
  report.language = language->id;
  report_limits(report, language->run_limits(problem.limits));
  report.cgroup_backend = sandbox_.host().version;
  WorkDir work(work_root_);
  // Until the tests run, every group is ungraded (a CE scores 0 of max_score).
  report_ungraded_groups(problem, report);
  // Lives until the tests are done: it holds the cached layer they run over, or the work
  // directory does.
  CompileOutcome compiled =
      compile_submission(sandbox_, *language, source, cache_, work, problem.graders);
  report.compile = compiled.report;
  if (options.on_compile) options.on_compile(report.compile);
  if (compiled.report.status == CompileReport::Status::IE ||
      compiled.report.status == CompileReport::Status::CE) {
    bool ie = compiled.report.status == CompileReport::Status::IE;
    report.verdict = ie ? Verdict::IE : Verdict::CE;
    report.message = compiled.report.message;
    return report;
  }
  if (options.cancel && options.cancel->load()) {
    report.cancelled = true;
    return report;
  }

  // Compiled once, before the tests; one that does not compile fails the grading (IE: the
  // submission did nothing wrong).
  std::optional<PreparedChecker> checker;
  if (problem.checker.is_program()) {
    checker = prepare_checker(sandbox_, problem.checker, languages_, cache_, work_root_);
    if (!checker->error.empty()) {
      report.verdict = Verdict::IE;
      report.message = checker->error;
      return report;
    }
  }
  auto interactor = prepare_partner(sandbox_, problem, languages_, cache_, work_root_);
  TestPool pool(sandbox_,
                {problem, *language, compiled.layer, work.make_dir("out", 0700),
                 checker ? &*checker : nullptr, interactor ? &*interactor : nullptr},
                options);
  if (problem.groups.empty())
    run_every_test(pool, report);
  else
    run_groups(pool, problem, report);
  report.cancelled = pool.cancelled();

  decide_verdict(report);
  return report;
}

}  // namespace judge
