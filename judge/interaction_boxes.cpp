#include "judge/interaction_boxes.h"

#include "judge/box_spec.h"
#include "judge/grader_build.h"
#include "judge/kattis_protocol.h"
#include "judge/testlib_protocol.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

// Feedback files are a few lines (TOUT may be as large as the program's output); the program's
// stderr is kept for the message only.
constexpr std::uint64_t kFeedbackFileBytes = 1 << 20;
constexpr std::size_t kStderrBytes = 4096;

// Where the interactor sees its files; /box, its working directory, is its feedback directory.
struct InBox {
  static constexpr const char* input = "/judge/input";
  static constexpr const char* answer = "/judge/answer";
  static constexpr const char* interactor = "/judge/interactor";
};

// The protocol's arguments, then the problem's.
std::vector<std::string> protocol_args(const PreparedChecker& interactor) {
  std::vector<std::string> args;
  if (interactor.type == CheckerType::Kattis)
    args = {InBox::input, InBox::answer, "/box/"};
  else
    args = {InBox::input, std::string("/box/") + kToutFile, InBox::answer,
            std::string("/box/") + kTestlibResultFile, "-appes"};
  args.insert(args.end(), interactor.program->args.begin(), interactor.program->args.end());
  return args;
}

// What the interactor leaves for the judge: its protocol's files, and nextpass.in or TOUT.
sandbox::Collect feedback_collect(const PreparedChecker& interactor, const InteractorFiles& files,
                                  std::uint64_t tout_bytes) {
  std::vector<std::string> names;
  std::uint64_t largest = kFeedbackFileBytes;
  if (interactor.type == CheckerType::Kattis) {
    names = kattis_feedback_files();
    if (files.multi_pass) names.push_back(kNextPassFile);
  } else {
    names = {kTestlibResultFile, kToutFile};
    largest = std::max(largest, tout_bytes);
  }
  return {names, files.feedback.string(), largest, static_cast<std::uint32_t>(names.size())};
}

}  // namespace

sandbox::RunSpec interactive_program_spec(const TestRun& run) {
  ResolvedLanguage resolved = resolve_language(run.language, run.problem.graders);
  sandbox::RunSpec spec = base_spec(run.language);
  spec.limits = run.language.run_limits(run.problem.limits);
  spec.limits.cpuset = run.cpuset;
  spec.argv = resolved.language.run_command(*spec.limits.memory);
  spec.rootfs.layers = {run.layer.string()};
  spec.stderr_stream.target = sandbox::Stream::Capture{kStderrBytes};
  return spec;
}

sandbox::RunSpec interactor_spec(const PreparedChecker& interactor, const InteractorFiles& files,
                                 std::chrono::microseconds program_wall, std::uint64_t tout_bytes) {
  sandbox::RunSpec spec = base_spec(interactor.language.value_or(Language{}));
  spec.limits = sandbox::with_defaults(interactor.program->limits);
  spec.limits.wall_time = *spec.limits.wall_time + program_wall;
  if (interactor.language) {
    spec.argv = interactor.language->run_command(*spec.limits.memory);
    spec.rootfs.layers = {interactor.layer.string()};
  } else {
    spec.argv = {InBox::interactor};
    spec.rootfs.binds.push_back(
        {fs::absolute(interactor.program->program).string(), InBox::interactor, false});
  }
  spec.seed = files.carried;
  std::vector<std::string> args = protocol_args(interactor);
  spec.argv.insert(spec.argv.end(), args.begin(), args.end());
  spec.rootfs.binds.push_back({fs::absolute(files.input).string(), InBox::input, false});
  spec.rootfs.binds.push_back({fs::absolute(files.answer).string(), InBox::answer, false});
  spec.stderr_stream.target = sandbox::Stream::Capture{kCheckerMessageBytes};
  spec.collect = feedback_collect(interactor, files, tout_bytes);
  return spec;
}

}  // namespace judge
