#include "judge/output_only.h"

#include <sys/stat.h>

#include <cstring>
#include <functional>
#include <optional>
#include <stdexcept>

#include "judge/check_output.h"
#include "judge/checker_program.h"
#include "judge/errors.h"
#include "judge/group_grading.h"
#include "judge/output_only_files.h"
#include "judge/scoring.h"
#include "judge/work_dir.h"
#include "base/files.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

// The tests of one grading, checked one after the other: a check reads two files (or runs a
// checker box), so running them in parallel would gain little.
class OutputGrading {
 public:
  OutputGrading(const OutputOnlyContext& context, const Problem& problem,
                const GradeOptions& options, const SubmittedOutputs& outputs,
                const PreparedChecker* checker, fs::path feedback_root, std::uint64_t limit)
      : context_(context),
        problem_(problem),
        options_(options),
        outputs_(outputs),
        checker_(checker),
        feedback_root_(std::move(feedback_root)),
        limit_(limit),
        results_(problem.tests.size()) {}

  // Checks `tests` in order until `decides` holds for one, --fail-fast saw a failure or the
  // grading is cancelled.
  void run(const std::vector<std::size_t>& tests,
           const std::function<bool(const TestReport&)>& decides) {
    for (std::size_t i : tests) {
      if (stopped_) return;
      if (options_.cancel && options_.cancel->load()) {
        stopped_ = cancelled_ = true;
        return;
      }
      TestReport t = check_test(i);
      if (!problem_.groups.empty()) check_checker_score(t);
      if (options_.fail_fast && t.verdict != Verdict::AC) stopped_ = true;
      bool done = decides && decides(t);
      results_[i] = std::move(t);
      flush();
      if (done) return;
    }
  }
  // Passes the finished prefix of the results to on_test.
  void flush() {
    for (; reported_ < results_.size() && results_[reported_]; ++reported_)
      if (options_.on_test) options_.on_test(*results_[reported_]);
  }
  TestResults& results() { return results_; }
  bool cancelled() const { return cancelled_; }

 private:
  TestReport check_test(std::size_t i) const;
  void run_checker_program(const TestCase& test, std::size_t i, TestReport& t) const;

  const OutputOnlyContext& context_;
  const Problem& problem_;
  const GradeOptions& options_;
  const SubmittedOutputs& outputs_;
  const PreparedChecker* checker_;
  fs::path feedback_root_;
  std::uint64_t limit_;
  TestResults results_;
  std::size_t reported_ = 0;
  bool stopped_ = false, cancelled_ = false;
};

// The checker program in its own box, over the judge's copy of the output; a checker that fails
// in any way is IE.
void OutputGrading::run_checker_program(const TestCase& test, std::size_t i, TestReport& t) const {
  fs::path feedback = feedback_root_ / (std::to_string(i) + ".feedback");
  CheckerVerdict v;
  try {
    if (int err = base::make_dir(feedback, 0700))
      throw std::runtime_error("cannot make " + feedback.string() + ": " + std::strerror(err));
    v = run_checker(context_.sandbox, *checker_,
                    {test.input, test.answer, outputs_.tests[i].copy, feedback});
  } catch (const std::exception& e) {
    v.message = std::string("running the checker: ") + e.what();
  }
  std::error_code ec;
  fs::remove_all(feedback, ec);
  t.verdict = v.verdict;
  t.message = v.message;
  t.score = v.score;
}

// Test `i`: the verdict taking its file gave (a missing file is WA), else its check. No figures:
// nothing ran.
TestReport OutputGrading::check_test(std::size_t i) const {
  const TestCase& test = problem_.tests[i];
  const SubmittedOutput& output = outputs_.tests[i];
  TestReport t;
  t.name = test.name;
  t.verdict = output.verdict;
  t.message = output.message;
  if (output.copy.empty()) return t;
  if (checker_) {
    run_checker_program(test, i, t);
    return t;
  }
  OutputCheck checked = check_output(problem_.checker, output.copy, limit_, test.answer);
  if (!checked.result) {
    t.verdict = Verdict::IE;
    t.message = checked.error;
  } else {
    t.verdict = checked.result->accepted ? Verdict::AC : Verdict::WA;
    t.message = checked.result->message;
  }
  return t;
}

// The report's tests, and with groups their scores (group_grading.h decides what runs).
void grade_tests(OutputGrading& grading, const Problem& problem, Report& report) {
  if (problem.groups.empty()) {
    std::vector<std::size_t> all(problem.tests.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    grading.run(all, nullptr);
    for (auto& t : grading.results())
      if (t) report.tests.push_back(std::move(*t));
    return;
  }
  GroupGrading graded = grade_groups(
      problem.groups, problem.tests, grading.results(),
      [&grading](const std::vector<std::size_t>& tests,
                 const std::function<bool(const TestReport&)>& decides) {
        grading.run(tests, decides);
      },
      [&grading] { grading.flush(); });
  for (auto& t : grading.results()) report.tests.push_back(std::move(*t));
  report.groups = std::move(graded.groups);
  report.score = graded.score;
  report.max_score = graded.max_score;
}

// The header of the report: no language, nothing compiled, no time limit.
Report start_report(const OutputOnlyContext& context, const Problem& problem,
                    const fs::path& submission) {
  Report report;
  report.problem = problem.name;
  report.submission = submission.filename().string();
  report.language = "output-only";
  report.compile.status = CompileReport::Status::Skipped;
  report.cgroup_backend = context.sandbox.host().version;
  for (const TestGroup& group : problem.groups) report.max_score += group.points;
  return report;
}

}  // namespace

bool is_output_only_submission(const Problem& problem, const fs::path& submission) {
  if (problem.output_only) return true;
  auto st = base::status_of(submission, base::Links::NoFollow);
  if (st && S_ISDIR(st->st_mode))
    throw InputError(submission.string(), 0, 0,
                     "a directory, but problem '" + problem.name +
                         "' is not output-only (type = \"output-only\"): give one source file");
  return false;
}

bool grade_outputs(const OutputOnlyContext& context, const Problem& problem,
                   const fs::path& submission, const GradeOptions& options, Report& report) {
  report = start_report(context, problem, submission);
  const std::uint64_t limit = sandbox::with_defaults(problem.limits).output.value();
  WorkDir work(context.work_root);
  SubmittedOutputs outputs = take_outputs(problem, submission, work.path(), limit);
  for (const std::string& name : outputs.extra)
    report.warnings.push_back("extra file " + name + " ignored: no test has that name");
  if (options.on_compile) options.on_compile(report.compile);
  std::optional<PreparedChecker> checker;
  if (problem.checker.is_program()) {
    checker = prepare_checker(context.sandbox, problem.checker, context.languages, context.cache,
                              context.work_root);
    if (!checker->error.empty()) {
      report.verdict = Verdict::IE;
      report.message = checker->error;
      return false;
    }
  }
  OutputGrading grading(context, problem, options, outputs, checker ? &*checker : nullptr,
                        work.make_dir("feedback", 0700), limit);
  grade_tests(grading, problem, report);
  report.cancelled = grading.cancelled();
  return true;
}

}  // namespace judge
