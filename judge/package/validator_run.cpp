#include "judge/package/validator_run.h"

#include <sys/stat.h>

#include "base/files.h"
#include "judge/box_spec.h"
#include "judge/checker_verdict.h"
#include "judge/errors.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

// Always compiled from a source (validators.h): the program is the layer's, at /sol.
sandbox::RunSpec validator_spec(const PreparedChecker& validator, int input_fd,
                                const std::vector<std::string>& args) {
  const Language& language = *validator.language;
  sandbox::RunSpec spec = base_spec(language);
  spec.rootfs.layers = {validator.layer.string()};
  spec.limits = sandbox::with_defaults(validator.program->limits);
  std::vector<std::string> argv = language.run_command(*spec.limits.memory);
  for (const auto* extra : {&validator.program->args, &args})
    argv.insert(argv.end(), extra->begin(), extra->end());
  spec.argv = std::move(argv);
  spec.stdin_stream.target = sandbox::Stream::Fd{input_fd};
  spec.stdout_stream.target = sandbox::Stream::Capture{kCheckerMessageBytes};
  spec.stderr_stream.target = sandbox::Stream::Capture{kCheckerMessageBytes};
  return spec;
}

std::string said(const sandbox::RunResult& run) {
  std::string text = run.stderr_data.empty() ? run.stdout_data : run.stderr_data;
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
  return text;
}

Validation judge_run(const PreparedChecker& validator, const sandbox::RunResult& run) {
  using S = Validation::Status;
  if ((run.status != sandbox::Status::OK && run.status != sandbox::Status::RE) || !run.exit_code)
    return {S::Failed, "the validator failed (" + std::string(sandbox::to_string(run.status)) +
                           (run.message.empty() ? "" : ": " + run.message) + ")"};
  int code = *run.exit_code;
  if (validator.type == CheckerType::Testlib) return {code == 0 ? S::Valid : S::Invalid, said(run)};
  if (code == 42) return {S::Valid, said(run)};
  if (code == 43) return {S::Invalid, said(run)};
  std::string text = said(run);
  return {S::Failed, "the validator exited with " + std::to_string(code) +
                         " (42: valid, 43: " + "invalid)" + (text.empty() ? "" : ": " + text)};
}

}  // namespace

std::string_view to_string(Validation::Status s) {
  switch (s) {
    case Validation::Status::Valid: return "valid";
    case Validation::Status::Invalid: return "invalid";
    case Validation::Status::Failed: return "failed";
  }
  return "?";
}

PreparedChecker prepare_validator(sandbox::Sandbox& sandbox, const InputValidator& validator,
                                  const Languages& languages, ArtifactCache& cache,
                                  const fs::path& work_root) {
  const CheckerProgram& program = validator.spec.program;
  if (!program.language && !languages.detect(program.source))
    throw InputError(program.source.string() +
                     ": no language for this input validator (by its extension: checktestdata "
                     "and VIVA files are not run)");
  return prepare_checker(sandbox, validator.spec, languages, cache, work_root);
}

Validation run_validator(sandbox::Sandbox& sandbox, const PreparedChecker& validator,
                         const fs::path& input, const std::vector<std::string>& args) {
  base::UniqueFd fd = base::open_file(input);
  auto st = fd ? base::status_of(fd.get()) : std::nullopt;
  if (!st || !S_ISREG(st->st_mode))
    return {Validation::Status::Failed, "cannot open the input " + input.string()};
  return judge_run(validator, sandbox.run(validator_spec(validator, fd.get(), args)));
}

}  // namespace judge
