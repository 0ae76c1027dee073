#include "judge/kattis_protocol.h"

namespace judge {

namespace {

constexpr int kAccepted = 42, kWrongAnswer = 43;

std::string trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

// judgemessage.txt, then teammessage.txt when present.
std::string feedback_message(const std::filesystem::path& feedback) {
  std::string message = trimmed(read_checker_file(feedback / "judgemessage.txt").value_or(""));
  if (auto team = read_checker_file(feedback / "teammessage.txt"))
    message += (message.empty() ? "" : "\n") + std::string("team message: ") + trimmed(*team);
  return message;
}

}  // namespace

std::vector<std::string> kattis_feedback_files() {
  return {"judgemessage.txt", "teammessage.txt", "score.txt", "score_multiplier.txt"};
}

CheckerVerdict kattis_verdict(const sandbox::RunResult& run,
                              const std::filesystem::path& feedback) {
  if (auto failed = checker_failed(run)) return *failed;
  if (*run.exit_code != kAccepted && *run.exit_code != kWrongAnswer) return unexpected_exit(run);
  CheckerVerdict v;
  v.verdict = *run.exit_code == kAccepted ? Verdict::AC : Verdict::WA;
  v.message = feedback_message(feedback);
  for (const char* name : {"score.txt", "score_multiplier.txt"}) {
    auto text = read_checker_file(feedback / name);
    if (!text) continue;
    v.score = parse_score(*text);
    CheckerVerdict ie;
    if (!v.score) ie.message = std::string("the checker wrote no number in ") + name;
    if (v.verdict == Verdict::WA)
      ie.message = std::string("the checker wrote ") + name + " on a wrong answer (exit 43)";
    if (!ie.message.empty()) return ie;
    break;
  }
  return v;
}

}  // namespace judge
