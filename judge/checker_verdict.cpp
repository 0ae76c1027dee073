#include "judge/checker_verdict.h"

#include <cmath>
#include <cstdlib>
#include <fstream>

namespace judge {

namespace {

std::string what_it_wrote(const sandbox::RunResult& run) {
  std::string text = run.stderr_data.empty() ? run.stdout_data : run.stderr_data;
  if (text.size() > kCheckerMessageBytes) text.resize(kCheckerMessageBytes);
  return text.empty() ? "" : ": " + text;
}

}  // namespace

std::optional<CheckerVerdict> checker_failed(const sandbox::RunResult& run) {
  using sandbox::Status;
  CheckerVerdict ie;
  if ((run.status != Status::OK && run.status != Status::RE) || !run.exit_code) {
    ie.message = "the checker failed (" + std::string(sandbox::to_string(run.status)) +
                 (run.message.empty() ? "" : ": " + run.message) + ")" + what_it_wrote(run);
    return ie;
  }
  if (run.collect_skipped > 0) {
    ie.message = "the checker left a feedback file that is too large or not a regular file";
    return ie;
  }
  return std::nullopt;
}

CheckerVerdict unexpected_exit(const sandbox::RunResult& run) {
  CheckerVerdict ie;
  ie.message =
      "the checker failed (exit code " + std::to_string(*run.exit_code) + ")" + what_it_wrote(run);
  return ie;
}

std::optional<std::string> read_checker_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::string text(kCheckerMessageBytes, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

std::optional<double> parse_score(std::string_view text) {
  std::string s(text);
  const char* begin = s.c_str();
  char* end = nullptr;
  double value = std::strtod(begin, &end);
  if (end == begin || !std::isfinite(value)) return std::nullopt;
  for (; *end; ++end)
    if (!std::isspace(static_cast<unsigned char>(*end))) return std::nullopt;
  return value;
}

}  // namespace judge
