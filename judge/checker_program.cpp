#include "judge/checker_program.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <cstring>

#include "base/copy_file.h"
#include "base/file_io.h"
#include "judge/box_spec.h"
#include "judge/compile.h"
#include "judge/errors.h"
#include "judge/kattis_protocol.h"
#include "judge/cms_protocol.h"
#include "judge/testlib_protocol.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

// Where the checker sees its files; /box, its working directory, is its feedback directory.
constexpr const char* kInput = "/judge/input";
constexpr const char* kAnswer = "/judge/answer";
constexpr const char* kOutput = "/judge/output";
constexpr const char* kProgram = "/judge/checker";
// Feedback files are a few lines; a larger one is the checker's fault (IE).
constexpr std::uint64_t kFeedbackFileBytes = 1 << 20;

// As a submission's (judge/grader.cpp): a package's checker.cpp could be a sparse file of any size.
constexpr std::uint64_t kMaxSource = 16 << 20;

// The source of a checker, interactor or manager: a regular file of at most kMaxSource, opened
// without waiting on a FIFO (a link to a shared checker is resolved first, and its target read).
// Throws JudgeError saying why not.
std::string read_source(const fs::path& path) {
  const std::string what = "the checker's source " + path.string() + ": ";
  std::error_code ec;
  fs::path real = fs::canonical(path, ec);
  base::UniqueFd fd;
  struct stat st {};
  switch (base::open_regular_at(AT_FDCWD, (ec ? path : real).c_str(), kMaxSource, fd, st)) {
    case base::OpenRegular::Ok: break;
    case base::OpenRegular::CannotOpen:
      throw JudgeError(what + "cannot be opened: " + std::strerror(errno));
    case base::OpenRegular::NotRegular: throw JudgeError(what + "not a regular file");
    case base::OpenRegular::TooLarge: throw JudgeError(what + "larger than 16MiB");
  }
  std::string text;
  if (!base::pread_all(fd.get(), text) || text.size() > kMaxSource)
    throw JudgeError(what + "cannot be read");
  return text;
}

const Language& checker_language(const CheckerProgram& program, const Languages& languages) {
  const Language* language =
      program.language ? languages.find(*program.language) : languages.detect(program.source);
  if (!language)
    throw InputError(program.source.string(), 0, 0,
                     "no language for the checker (set language = \"ID\" in [checker])");
  return *language;
}

// The protocol's arguments, then the problem's.
std::vector<std::string> checker_args(const PreparedChecker& checker) {
  std::vector<std::string> args;
  if (checker.type == CheckerType::Kattis)
    args = {kInput, kAnswer, "/box/"};
  else if (checker.type == CheckerType::Cms)
    args = {kInput, kAnswer, kOutput};
  else
    args = {kInput, kOutput, kAnswer, std::string("/box/") + kTestlibResultFile, "-appes"};
  args.insert(args.end(), checker.program->args.begin(), checker.program->args.end());
  return args;
}

sandbox::RunSpec checker_spec(const PreparedChecker& checker, const CheckerFiles& files) {
  sandbox::RunSpec spec = base_spec(checker.language.value_or(Language{}));
  spec.limits = sandbox::with_defaults(checker.program->limits);
  if (checker.language) {
    spec.argv = checker.language->run_command(*spec.limits.memory);
    spec.rootfs.layers = {checker.layer.string()};
  } else {
    spec.argv = {kProgram};
    spec.rootfs.binds.push_back({fs::absolute(checker.program->program).string(), kProgram, false});
  }
  std::vector<std::string> args = checker_args(checker);
  spec.argv.insert(spec.argv.end(), args.begin(), args.end());
  for (auto [host, box] : {std::pair{&files.input, kInput}, std::pair{&files.answer, kAnswer},
                           std::pair{&files.output, kOutput}})
    spec.rootfs.binds.push_back({fs::absolute(*host).string(), box, false});
  if (checker.type == CheckerType::Kattis)
    spec.stdin_stream.target = sandbox::Stream::Path{files.output.string()};
  spec.stdout_stream.target = sandbox::Stream::Capture{kCheckerMessageBytes};
  spec.stderr_stream.target = sandbox::Stream::Capture{kCheckerMessageBytes};
  std::vector<std::string> patterns = checker.type == CheckerType::Kattis
                                          ? kattis_feedback_files()
                                          : std::vector<std::string>{kTestlibResultFile};
  if (checker.type != CheckerType::Cms)  // a CMS comparator writes no files
    spec.collect = sandbox::Collect{patterns, files.feedback.string(), kFeedbackFileBytes,
                                    static_cast<std::uint32_t>(patterns.size())};
  return spec;
}

}  // namespace

PreparedChecker prepare_checker(sandbox::Sandbox& sandbox, const CheckerSpec& spec,
                                const Languages& languages, ArtifactCache& cache,
                                const fs::path& work_root) {
  PreparedChecker checker;
  checker.program = &spec.program;
  checker.type = spec.type;
  if (spec.program.source.empty()) return checker;
  checker.language = checker_language(spec.program, languages);
  std::string source;
  try {
    source = read_source(spec.program.source);
  } catch (const JudgeError& e) {
    checker.error = e.what();  // the problem's fault: every test is IE with it
    return checker;
  }
  checker.work = std::make_unique<WorkDir>(work_root);
  // Its compile files go in as a grader's would (judge/grader_build.h); the source stays the main
  // file (an interpreted language's {main}).
  Graders files;
  if (!spec.program.compile_files.empty())
    files[checker.language->id] =
        GraderFiles{spec.program.compile_files, "", checker.language->source, {}};
  CompileOutcome compiled =
      compile_submission(sandbox, *checker.language, source, cache, *checker.work, files);
  using Status = CompileReport::Status;
  if (compiled.report.status != Status::OK && compiled.report.status != Status::Skipped) {
    checker.error = "the checker " + spec.program.source.filename().string() +
                    " does not compile: " + compiled.report.message +
                    (compiled.report.log.empty() ? "" : "\n" + compiled.report.log);
    return checker;
  }
  checker.layer = compiled.layer;
  checker.lease = std::move(compiled.lease);
  return checker;
}

CheckerVerdict run_checker(sandbox::Sandbox& sandbox, const PreparedChecker& checker,
                           const CheckerFiles& files) {
  // The judge's copy of the output is 0600 in a 0700 directory: the checker's uid reads it
  // through its bind only.
  fs::permissions(files.output, fs::perms::owner_read | fs::perms::owner_write |
                                    fs::perms::group_read | fs::perms::others_read);
  sandbox::RunResult run = sandbox.run(checker_spec(checker, files));
  if (checker.type == CheckerType::Cms) return cms_verdict(run);
  return checker.type == CheckerType::Kattis ? kattis_verdict(run, files.feedback)
                                             : testlib_verdict(run, files.feedback);
}

}  // namespace judge
