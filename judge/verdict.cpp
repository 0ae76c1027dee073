#include "judge/verdict.h"

namespace judge {

std::string_view to_string(Verdict v) {
  switch (v) {
    case Verdict::AC: return "AC";
    case Verdict::WA: return "WA";
    case Verdict::TLE: return "TLE";
    case Verdict::MLE: return "MLE";
    case Verdict::OLE: return "OLE";
    case Verdict::RE: return "RE";
    case Verdict::CE: return "CE";
    case Verdict::IE: return "IE";
    case Verdict::SKIPPED: return "SKIPPED";
  }
  return "IE";
}

std::string_view to_string(CompileReport::Status s) {
  switch (s) {
    case CompileReport::Status::OK: return "OK";
    case CompileReport::Status::CE: return "CE";
    case CompileReport::Status::IE: return "IE";
    case CompileReport::Status::Skipped: return "SKIPPED";
    case CompileReport::Status::NotRun: return "NOT_RUN";
  }
  return "IE";
}

}  // namespace judge
