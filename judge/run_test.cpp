#include "judge/run_test.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>

#include "judge/box_spec.h"
#include "judge/check_output.h"
#include "judge/communication.h"
#include "judge/file_io_box.h"
#include "judge/grader_build.h"
#include "judge/interaction.h"
#include "judge/runtime_memory.h"
#include "base/fd.h"
#include "base/files.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

Verdict verdict_of(sandbox::Status status) {
  switch (status) {
    case sandbox::Status::OK: return Verdict::AC;
    case sandbox::Status::RE: return Verdict::RE;
    case sandbox::Status::TLE: return Verdict::TLE;
    case sandbox::Status::MLE: return Verdict::MLE;
    case sandbox::Status::OLE: return Verdict::OLE;
    case sandbox::Status::IE: return Verdict::IE;
  }
  return Verdict::IE;
}

// The language's limits for the problem (docs/languages.md) and the CPU to pin to.
sandbox::Limits test_limits(const TestRun& run) {
  sandbox::Limits limits = run.language.run_limits(run.problem.limits);
  limits.cpuset = run.cpuset;
  return limits;
}

// The built-in checker, or the checker program in its own box: the verdict and message of `t`,
// whose figures of the program's run stay as they are.
void check(sandbox::Sandbox& sandbox, const TestRun& run, const TestCase& test,
           std::uint64_t output_limit, TestReport& t) {
  if (run.checker) {
    CheckerVerdict v;
    try {
      v = run_checker(sandbox, *run.checker,
                      {test.input, test.answer, run.output_file, run.feedback_dir});
    } catch (const std::exception& e) {
      v.message = std::string("running the checker: ") + e.what();
    }
    t.verdict = v.verdict;
    t.message = v.message;
    t.score = v.score;
    return;
  }
  OutputCheck checked =
      check_output(run.problem.checker, run.output_file, output_limit, test.answer);
  if (!checked.result) {
    t.verdict = Verdict::IE;
    t.message = checked.error;
    return;
  }
  t.verdict = checked.result->accepted ? Verdict::AC : Verdict::WA;
  t.message = checked.result->message;
}

fs::path collect_dir_of(const TestRun& run) {
  return run.output_file.string() + ".files";
}

}  // namespace

// A plain test between start_test and finish_test: its box's spec and what that points to.
struct StartedTest {
  StartedTest(const TestRun& r, const TestCase& c) : run(r), test(c) {}
  // The collect directory goes with it, run or not: a test dropped unrun may run later (a test
  // shared by two groups), and then makes the directory again.
  ~StartedTest() {
    box.reset();  // its init first: the directory is lent to it
    std::error_code ec;
    fs::remove_all(collect_dir, ec);
  }
  const TestRun run;  // a copy: the caller's changes files for the next test meanwhile
  const TestCase& test;
  fs::path collect_dir = collect_dir_of(run);
  TestReport report;  // IE with a message when the test could not start
  sandbox::RunSpec spec;
  base::UniqueFd output_fd;
  std::optional<sandbox::PreparedRun> box;  // made ahead (start_test), or none (run_test)
};

void StartedTestDeleter::operator()(StartedTest* test) const {
  delete test;
}

namespace {

// The program's box described, its output file created; false (report: IE) when it cannot run.
bool describe_box(StartedTest& s) {
  const TestRun& run = s.run;
  s.report.name = s.test.name;
  ResolvedLanguage resolved = resolve_language(run.language, run.problem.graders);
  sandbox::RunSpec& spec = s.spec;
  spec = base_spec(run.language);
  spec.limits = test_limits(run);
  spec.argv = resolved.language.run_command(*spec.limits.memory);
  spec.rootfs.layers = {run.layer.string()};
  spec.stdin_stream.target = sandbox::Stream::Path{s.test.input.string()};
  if (auto error = add_file_io(run.problem.file_io, s.test, s.collect_dir, spec)) {
    s.report.message = *error;
    return false;
  }
  // The judge writes the output file from a pipe: its page cache is then not charged to the
  // program's memory (a 200 MB answer would be MLE on a tmpfs /tmp), and a failed write is the
  // judge's error (IE), not a short output (WA). With an output file, stdout is bounded as ever,
  // then replaced by that file.
  s.output_fd = base::create_file(run.output_file, 0600);
  if (!s.output_fd) {
    s.report.message = "cannot create " + run.output_file.string() + ": " + std::strerror(errno);
    return false;
  }
  spec.stdout_stream.target = sandbox::Stream::Forward{s.output_fd.get()};
  spec.stderr_stream.target = sandbox::Stream::Capture{4096};
  return true;
}

// The program's run (its box made ahead, or now) and its checking; the collect directory
// receives its output file (file I/O).
TestReport run_and_check(sandbox::Sandbox& sandbox, StartedTest& s) {
  const TestRun& run = s.run;
  const TestCase& test = s.test;
  const sandbox::RunSpec& spec = s.spec;
  const fs::path& collect_dir = s.collect_dir;
  TestReport& t = s.report;
  sandbox::RunResult r = s.box ? sandbox.finish(std::move(*s.box)) : sandbox.run(spec);
  s.box.reset();
  t.cpu_us = r.cpu_us;
  t.wall_us = r.wall_us;
  t.memory_bytes = r.memory_peak;
  t.exit_code = r.exit_code;
  t.signal = r.signal;
  t.verdict = verdict_of(r.status);
  t.message = r.message;
  note_runtime_out_of_memory(run.language, r, *spec.limits.memory, t);
  if (t.verdict != Verdict::AC) return t;
  if (!run.problem.file_io.output_file.empty()) {
    OutputFileCheck taken =
        take_output_file(run.problem.file_io, r, collect_dir, *spec.limits.output, run.output_file);
    t.verdict = taken.verdict;
    t.message = taken.message;
    if (t.verdict != Verdict::AC) return t;
  }

  check(sandbox, run, test, *spec.limits.output, t);
  return t;
}

// The test finished from `s` (IE when it could not start), its collect directory removed.
TestReport finish(sandbox::Sandbox& sandbox, StartedTest& s, bool described) {
  TestReport t = described ? run_and_check(sandbox, s) : std::move(s.report);
  std::error_code ec;
  fs::remove_all(s.collect_dir, ec);
  return t;
}

}  // namespace

TestReport run_test(sandbox::Sandbox& sandbox, const TestRun& run, const TestCase& test) {
  // Communication problems (judge/communication.h).
  if (run.problem.manager) return run_communication(sandbox, run, test);
  if (run.interactor) return run_interactive(sandbox, run, test);  // judge/interaction.h
  StartedTest s(run, test);
  bool described = describe_box(s);
  return finish(sandbox, s, described);
}

bool can_start_ahead(const TestRun& run) {
  return !run.problem.manager && !run.interactor;
}

StartedTestPtr start_test(sandbox::Sandbox& sandbox, const TestRun& run, const TestCase& test) {
  StartedTestPtr s(new StartedTest(run, test));
  if (describe_box(*s)) s->box = sandbox.prepare(s->spec);
  return s;
}

TestReport finish_test(sandbox::Sandbox& sandbox, StartedTestPtr started) {
  // A box is prepared whenever the test was described; a message is left only when it was not.
  bool described = started->box.has_value();
  return finish(sandbox, *started, described);
}

}  // namespace judge
