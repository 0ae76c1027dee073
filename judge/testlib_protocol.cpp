#include "judge/testlib_protocol.h"

#include <optional>
#include <regex>

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

std::optional<std::string> attribute(const std::string& xml, const std::string& name) {
  std::smatch m;
  if (std::regex_search(xml, m, std::regex(name + "\\s*=\\s*\"([^\"]*)\""))) return m[1].str();
  return std::nullopt;
}

// The XML result file of -appes: <result outcome="..." [points="..."]>MESSAGE</result>.
struct XmlResult {
  std::optional<Outcome> outcome;
  std::optional<std::string> points;
  std::string message;
};

std::optional<XmlResult> read_xml(const std::string& text) {
  std::smatch m;
  if (!std::regex_search(text, m, std::regex("<result([^>]*)>([^<]*)(</result>)?"))) return {};
  std::string attributes = m[1].str();
  XmlResult r;
  r.message = m[2].str();
  auto outcome = attribute(attributes, "outcome");
  if (!outcome) return {};
  r.outcome = outcome_of_name(*outcome);
  r.points = attribute(attributes, "points");
  return r;
}

// stderr "points 0.5 message": the number after "points".
std::optional<std::string> points_on_stderr(const std::string& text) {
  std::smatch m;
  if (std::regex_search(text, m, std::regex("^\\s*points\\s+(\\S+)"))) return m[1].str();
  return std::nullopt;
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
