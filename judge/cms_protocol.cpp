#include "judge/cms_protocol.h"

namespace judge {

namespace {

std::string first_line(const std::string& text) {
  return text.substr(0, text.find('\n'));
}

}  // namespace

CheckerVerdict cms_verdict(const sandbox::RunResult& run) {
  if (auto failed = checker_failed(run)) return *failed;
  if (*run.exit_code != 0) return unexpected_exit(run);
  auto score = parse_score(first_line(run.stdout_data));
  CheckerVerdict v;
  if (!score || *score < 0 || *score > 1) {
    v.message = "the checker's first line of output is not a score from 0 to 1: '" +
                first_line(run.stdout_data).substr(0, 80) + "'";
    return v;
  }
  v.verdict = *score > 0 ? Verdict::AC : Verdict::WA;
  if (*score > 0 && *score < 1) v.score = score;
  v.message = first_line(run.stderr_data);
  return v;
}

}  // namespace judge
