#include "judge/interaction.h"

#include <algorithm>

#include "judge/check_output.h"
#include "judge/interaction_boxes.h"
#include "judge/interaction_feedback.h"
#include "judge/interaction_verdict.h"
#include "judge/kattis_protocol.h"
#include "judge/testlib_protocol.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

// The exit that lets the program go on (anything else stops it at once).
bool interactor_accepts(CheckerType type, const sandbox::RunResult& r) {
  if (!r.exit_code || r.status == sandbox::Status::IE) return false;
  return type == CheckerType::Kattis ? *r.exit_code == 42 : *r.exit_code == 0 || *r.exit_code == 7;
}

BoxFigures figures(const sandbox::RunResult& r) {
  return {r.cpu_us, r.wall_us, r.memory_peak};
}

// Each pass is limited on its own: the test shows the largest CPU time and memory, the whole wall
// time.
void add_figures(BoxFigures& total, const BoxFigures& pass) {
  total.cpu_us = std::max(total.cpu_us, pass.cpu_us);
  total.memory_bytes = std::max(total.memory_bytes, pass.memory_bytes);
  total.wall_us += pass.wall_us;
}

void record(const PairRun& pair, TestReport& t) {
  TestReport::Pass pass{figures(pair.program), figures(pair.interactor)};
  BoxFigures program{t.cpu_us, t.wall_us, t.memory_bytes};
  add_figures(program, pass.program);
  t.cpu_us = program.cpu_us;
  t.wall_us = program.wall_us;
  t.memory_bytes = program.memory_bytes;
  add_figures(*t.interactor, pass.interactor);
  t.passes.push_back(pass);
  t.exit_code = pair.program.exit_code;
  t.signal = pair.program.signal;
}

void apply(const CheckerVerdict& v, TestReport& t) {
  t.verdict = v.verdict;
  t.message = v.message;
  t.score = v.score;
}

// One pass: both boxes, then its verdict by the order of interaction_verdict.h.
CheckerVerdict play_pass(sandbox::Sandbox& sandbox, const TestRun& run,
                         const InteractorFiles& files, TestReport& t) {
  const CheckerType type = run.interactor->type;
  sandbox::RunSpec program = interactive_program_spec(run);
  sandbox::RunSpec interactor =
      interactor_spec(*run.interactor, files, *program.limits.wall_time, *program.limits.output);
  PairRun pair =
      run_pair(sandbox, std::move(program), std::move(interactor),
               [type](const sandbox::RunResult& r) { return interactor_accepts(type, r); });
  record(pair, t);
  CheckerVerdict said = type == CheckerType::Kattis
                            ? kattis_verdict(pair.interactor, files.feedback)
                            : testlib_verdict(pair.interactor, files.feedback);
  return decide_pass(pair, said, is_regular(files.feedback / kNextPassFile));
}

// Testlib: the interactor accepted; the problem's checker grades its TOUT as the output.
CheckerVerdict check_tout(sandbox::Sandbox& sandbox, const TestRun& run, const TestCase& test,
                          const fs::path& feedback, const fs::path& work) {
  fs::path tout = feedback / kToutFile;
  CheckerVerdict v;
  if (!is_regular(tout)) {
    v.message = "the interactor wrote no TOUT file for the checker";
    return v;  // IE
  }
  if (run.checker) {
    fs::path checker_feedback = work / "checker";
    fs::create_directory(checker_feedback);
    return run_checker(sandbox, *run.checker, {test.input, test.answer, tout, checker_feedback});
  }
  auto limits = run.language.run_limits(run.problem.limits);
  OutputCheck checked = check_output(run.problem.checker, tout, *limits.output, test.answer);
  if (!checked.result) {
    v.message = checked.error;
    return v;
  }
  v.verdict = checked.result->accepted ? Verdict::AC : Verdict::WA;
  v.message = checked.result->message;
  return v;
}

// Pass after pass while the interactor asks for one (Kattis multi-pass), at most the problem's.
void play(sandbox::Sandbox& sandbox, const TestRun& run, const TestCase& test, const fs::path& work,
          TestReport& t) {
  const InteractorSpec& spec = *run.problem.interactor;
  InteractorFiles files{test.input, test.answer, {}, {}, spec.passes > 1};
  for (unsigned pass = 1;; ++pass) {
    files.feedback = work / ("pass-" + std::to_string(pass));
    fs::create_directory(files.feedback);
    CheckerVerdict v = play_pass(sandbox, run, files, t);
    const bool next = is_regular(files.feedback / kNextPassFile);
    if (v.verdict == Verdict::AC && next && pass == spec.passes) {
      v = CheckerVerdict{};
      v.message = "the interactor asked for pass " + std::to_string(pass + 1) +
                  "; the problem allows " + std::to_string(spec.passes);
    }
    apply(v, t);
    if (v.verdict != Verdict::AC || !next) break;
    files.input = next_pass_input(files.feedback, work, pass + 1);
    files.carried = carry_feedback(files.feedback);
  }
  if (t.verdict == Verdict::AC && spec.check_tout)
    apply(check_tout(sandbox, run, test, files.feedback, work), t);
}

}  // namespace

std::optional<PreparedChecker> prepare_interactor(sandbox::Sandbox& sandbox, const Problem& problem,
                                                  const Languages& languages, ArtifactCache& cache,
                                                  const fs::path& work_root) {
  if (!problem.interactor) return std::nullopt;
  return prepare_checker(sandbox, problem.interactor->program, languages, cache, work_root);
}

TestReport run_interactive(sandbox::Sandbox& sandbox, const TestRun& run, const TestCase& test) {
  TestReport t;
  t.name = test.name;
  t.interactor = BoxFigures{};
  if (!run.interactor->error.empty()) {
    t.message = "interactor: " + run.interactor->error;
    return t;  // IE
  }
  fs::path work = run.output_file.string() + ".interaction";
  std::error_code ec;
  fs::remove_all(work, ec);
  try {
    fs::create_directory(work);
    fs::permissions(work, fs::perms::owner_all);
    play(sandbox, run, test, work, t);
  } catch (const std::exception& e) {
    t.verdict = Verdict::IE;
    t.message = std::string("interactive test: ") + e.what();
  }
  fs::remove_all(work, ec);
  return t;
}

}  // namespace judge
