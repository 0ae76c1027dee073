#include "judge/interaction_verdict.h"

#include <signal.h>

namespace judge {
namespace {

// The checker protocols' messages name "the checker": here it is the interactor.
std::string about_interactor(std::string message) {
  const std::string checker = "the checker";
  if (message.compare(0, checker.size(), checker) == 0)
    message.replace(0, checker.size(), "the interactor");
  return message;
}

// The program's own ending when it is a verdict: TLE, MLE, OLE, RE (IE: the judge's failure).
std::optional<Verdict> program_verdict(const sandbox::RunResult& program) {
  switch (program.status) {
    case sandbox::Status::OK: return std::nullopt;
    case sandbox::Status::TLE: return Verdict::TLE;
    case sandbox::Status::MLE: return Verdict::MLE;
    case sandbox::Status::OLE: return Verdict::OLE;
    case sandbox::Status::RE: return Verdict::RE;
    case sandbox::Status::IE: return Verdict::IE;
  }
  return Verdict::IE;
}

CheckerVerdict verdict(Verdict v, std::string message) {
  CheckerVerdict out;
  out.verdict = v;
  out.message = std::move(message);
  return out;
}

}  // namespace

CheckerVerdict decide_pass(const PairRun& pair, CheckerVerdict interactor, bool nextpass) {
  std::optional<Verdict> program = program_verdict(pair.program);
  if (program == Verdict::IE)
    return verdict(Verdict::IE, "the program's box: " + pair.program.message);
  if (!pair.interactor_first && pair.interactor.signal == SIGPIPE)
    interactor = verdict(Verdict::WA, "the program ended while the interactor still wrote to it");
  if (interactor.verdict == Verdict::IE)
    return verdict(Verdict::IE, about_interactor(interactor.message));
  if (nextpass && interactor.verdict != Verdict::AC)
    return verdict(Verdict::IE, "the interactor wrote nextpass.in but did not accept the pass");
  if (pair.interactor_first && interactor.verdict == Verdict::WA) return interactor;
  if (program == Verdict::TLE && pair.program.time_limit == sandbox::TimeLimit::Wall)
    return verdict(Verdict::TLE, pair.program.message +
                                     " (the program may have been waiting for the interactor, "
                                     "and the interactor for it)");
  if (program) return verdict(*program, pair.program.message);
  return interactor;
}

}  // namespace judge
