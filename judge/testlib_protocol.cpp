#include "judge/testlib_protocol.h"

#include <cctype>
#include <optional>
#include <string_view>

namespace judge {

namespace {

enum class Outcome { Ok, WrongAnswer, PresentationError, Fail, Points };

std::optional<Outcome> outcome_of_exit(int code) {
  switch (code) {
    case 0: return Outcome::Ok;
    case 1: return Outcome::WrongAnswer;
    case 2: return Outcome::PresentationError;
    case 3: return Outcome::Fail;
    case 7: return Outcome::Points;
    default: return std::nullopt;
  }
}

std::optional<Outcome> outcome_of_name(const std::string& name) {
  if (name == "accepted") return Outcome::Ok;
  if (name == "wrong-answer") return Outcome::WrongAnswer;
  if (name == "presentation-error") return Outcome::PresentationError;
  if (name == "fail") return Outcome::Fail;
  if (name == "points") return Outcome::Points;
  return std::nullopt;
}

// No std::regex here: libstdc++'s matcher recurses once per character, and a checker's 1 MiB
// result file overflowed the judge's stack (SIGSEGV, the whole judge gone).
bool is_space(char c) {
  return std::isspace(static_cast<unsigned char>(c)) != 0;
}

std::size_t skip_spaces(std::string_view text, std::size_t at) {
  while (at < text.size() && is_space(text[at])) ++at;
  return at;
}

// The value of `name="..."` in a tag's attributes (the first such, spaces allowed around '=').
std::optional<std::string> attribute(std::string_view attributes, std::string_view name) {
  for (std::size_t at = attributes.find(name); at != std::string_view::npos;
       at = attributes.find(name, at + 1)) {
    std::size_t eq = skip_spaces(attributes, at + name.size());
    if (eq >= attributes.size() || attributes[eq] != '=') continue;
    std::size_t quote = skip_spaces(attributes, eq + 1);
    if (quote >= attributes.size() || attributes[quote] != '"') continue;
    std::size_t end = attributes.find('"', quote + 1);
    if (end == std::string_view::npos) continue;
    return std::string(attributes.substr(quote + 1, end - quote - 1));
  }
  return std::nullopt;
}

// The XML result file of -appes: <result outcome="..." [points="..."]>MESSAGE</result>.
struct XmlResult {
  std::optional<Outcome> outcome;
  std::optional<std::string> points;
  std::string message;
};

// The first <result ...>: its attributes, and its text up to the next '<'.
std::optional<XmlResult> read_xml(std::string_view text) {
  constexpr std::string_view kOpen = "<result";
  std::size_t open = text.find(kOpen);
  if (open == std::string_view::npos) return {};
  std::size_t close = text.find('>', open + kOpen.size());
  if (close == std::string_view::npos) return {};
  std::string_view attributes = text.substr(open + kOpen.size(), close - open - kOpen.size());
  std::size_t end = text.find('<', close + 1);
  XmlResult r;
  r.message =
      std::string(text.substr(close + 1, end == std::string_view::npos ? end : end - close - 1));
  auto outcome = attribute(attributes, "outcome");
  if (!outcome) return {};
  r.outcome = outcome_of_name(*outcome);
  r.points = attribute(attributes, "points");
  return r;
}

// stderr "points 0.5 message": the number after "points".
std::optional<std::string> points_on_stderr(std::string_view text) {
  constexpr std::string_view kPoints = "points";
  std::size_t at = skip_spaces(text, 0);
  if (text.substr(at, kPoints.size()) != kPoints) return std::nullopt;
  std::size_t number = skip_spaces(text, at + kPoints.size());
  if (number == at + kPoints.size() || number >= text.size()) return std::nullopt;
  std::size_t end = number;
  while (end < text.size() && !is_space(text[end])) ++end;
  return std::string(text.substr(number, end - number));
}

CheckerVerdict verdict_of(Outcome outcome, std::string message,
                          const std::optional<std::string>& points) {
  CheckerVerdict v;
  v.message = std::move(message);
  switch (outcome) {
    case Outcome::Ok: v.verdict = Verdict::AC; break;
    case Outcome::WrongAnswer: v.verdict = Verdict::WA; break;
    case Outcome::PresentationError:
      v.verdict = Verdict::WA;
      v.message = "presentation error" + (v.message.empty() ? "" : ": " + v.message);
      break;
    case Outcome::Fail: v.message = "the checker failed: " + v.message; break;
    case Outcome::Points:
      v.score = points ? parse_score(*points) : std::nullopt;
      if (v.score)
        v.verdict = Verdict::AC;
      else
        v.message = "the checker gave points but no number: " + v.message;
      break;
  }
  return v;
}

}  // namespace

CheckerVerdict testlib_verdict(const sandbox::RunResult& run,
                               const std::filesystem::path& feedback) {
  if (auto failed = checker_failed(run)) return *failed;
  std::string stderr_text = run.stderr_data.substr(0, kCheckerMessageBytes);
  if (auto file = read_checker_file(feedback / kTestlibResultFile)) {
    if (auto xml = read_xml(*file)) {
      if (!xml->outcome) {
        CheckerVerdict ie;
        ie.message = "the checker's result file has an unknown outcome: " + *file;
        return ie;
      }
      return verdict_of(*xml->outcome, xml->message, xml->points);
    }
  }
  auto outcome = outcome_of_exit(*run.exit_code);
  if (!outcome) return unexpected_exit(run);
  while (!stderr_text.empty() && (stderr_text.back() == '\n' || stderr_text.back() == ' '))
    stderr_text.pop_back();
  return verdict_of(*outcome, stderr_text, points_on_stderr(stderr_text));
}

}  // namespace judge
