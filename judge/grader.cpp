#include "judge/grader.h"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include "base/cpus.h"
#include "judge/compile.h"
#include "judge/errors.h"
#include "judge/report.h"
#include "judge/run_test.h"
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

// One test, its files removed once checked: the output's disk space goes back now, not when the
// whole submission is done.
TestReport run_one(sandbox::Sandbox& sandbox, const TestRun& run, const TestCase& test) {
  TestReport report;
  try {
    if (run.checker) fs::create_directory(run.feedback_dir);
    report = run_test(sandbox, run, test);
  } catch (const std::exception& e) {
    // Out of memory reading an output, say: this test's fault of the judge, not the others'.
    report.name = test.name;
    report.verdict = Verdict::IE;
    report.message = std::string("internal error: ") + e.what();
  }
  std::error_code ec;
  fs::remove(run.output_file, ec);
  fs::remove_all(run.feedback_dir, ec);
  return report;
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
    } else if (report.verdict == Verdict::AC && t.verdict != Verdict::AC) {
      report.verdict = t.verdict;
      report.message = "test " + t.name + (t.message.empty() ? "" : ": " + t.message);
    }
  }
}

// Runs the tests, `jobs` at a time, reporting them in test order as they complete.
std::vector<TestReport> run_tests(sandbox::Sandbox& sandbox, const Problem& problem,
                                  const Language& language, const fs::path& layer,
                                  const fs::path& out_dir, const PreparedChecker* checker,
                                  const GradeOptions& options) {
  const std::size_t count = problem.tests.size();
  std::vector<int> cpus = base::allowed_cpus();
  unsigned jobs =
      std::clamp<unsigned>(options.jobs, 1, static_cast<unsigned>(std::min(count, cpus.size())));
  // Without the cpuset controller the boxes share the CPUs unpinned (still one per CPU).
  const bool can_pin = sandbox.host().can_pin;
  std::vector<std::optional<TestReport>> done(count);
  std::mutex mutex;
  std::size_t reported = 0;
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};

  auto worker = [&](unsigned index) {
    TestRun run{problem, language, layer, {}, std::nullopt, checker, {}};
    if (jobs > 1 && can_pin) run.cpuset = std::to_string(cpus[index % cpus.size()]);
    for (;;) {
      if (stop) return;
      std::size_t i = next++;
      if (i >= count) return;
      run.output_file = out_dir / (std::to_string(i) + ".out");
      run.feedback_dir = out_dir / (std::to_string(i) + ".feedback");
      TestReport report = run_one(sandbox, run, problem.tests[i]);
      std::lock_guard lock(mutex);
      if (options.fail_fast && report.verdict != Verdict::AC) stop = true;
      done[i] = std::move(report);
      while (reported < count && done[reported]) {
        if (options.on_test) options.on_test(*done[reported]);
        ++reported;
      }
    }
  };
  if (jobs == 1) {
    worker(0);
  } else {
    std::vector<std::thread> threads;
    for (unsigned j = 0; j < jobs; ++j) threads.emplace_back(worker, j);
    for (auto& t : threads) t.join();
  }
  // With --fail-fast, the tests that ran: a prefix, plus any a parallel worker finished after it.
  std::vector<TestReport> tests;
  for (auto& t : done)
    if (t) tests.push_back(std::move(*t));
  return tests;
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

Report Grader::grade(const Problem& problem, const fs::path& submission,
                     const GradeOptions& options) {
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
  std::string source = read_submission(submission);

  Report report;
  report.problem = problem.name;
  report.submission = submission.filename().string();
  report.language = language->id;
  report_limits(report, language->run_limits(problem.limits));
  report.cgroup_backend = sandbox_.host().version;
  WorkDir work(work_root_);
  // Lives until the tests are done: it holds the cached layer they run over, or the work
  // directory does.
  CompileOutcome compiled =
      compile_submission(sandbox_, *language, source, cache_, work, problem.graders);
  report.compile = compiled.report;
  if (options.on_compile) options.on_compile(report.compile);
  if (compiled.report.status == CompileReport::Status::IE) {
    report.verdict = Verdict::IE;
    report.message = compiled.report.message;
    return report;
  }
  if (compiled.report.status == CompileReport::Status::CE) {
    report.verdict = Verdict::CE;
    report.message = compiled.report.message;
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
  fs::path out_dir = work.make_dir("out", 0700);
  report.tests = run_tests(sandbox_, problem, *language, compiled.layer, out_dir,
                           checker ? &*checker : nullptr, options);

  decide_verdict(report);
  return report;
}

}  // namespace judge
