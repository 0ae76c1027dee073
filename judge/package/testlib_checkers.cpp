#include "judge/package/testlib_checkers.h"

#include <map>

#include "judge/errors.h"

namespace judge {

namespace {

CheckerSpec spec(CheckerType type, bool case_sensitive = true, double tolerance = 0,
                 Layout layout = Layout::Any) {
  CheckerSpec s;
  s.type = type;
  s.case_sensitive = case_sensitive;
  s.abs_tolerance = s.rel_tolerance = tolerance;
  s.layout = layout;
  return s;
}

CheckerSpec fcmp() {
  CheckerSpec s = spec(CheckerType::Lines);
  s.line_spaces_count = true;
  return s;
}

}  // namespace

CheckerSpec standard_testlib_checker(const std::string& name, const std::string& where) {
  std::string bare = name;
  if (bare.starts_with("std::")) bare.erase(0, 5);
  if (bare.ends_with(".cpp")) bare.resize(bare.size() - 4);
  // rcmpN: every number within 10^-N, absolute or relative (testlib's doubleCompare).
  static const std::map<std::string, CheckerSpec> kMapped{
      {"wcmp", spec(CheckerType::Tokens)},
      // lcmp: each answer line's words against the output's line (testlib reads "" past the end
      // and rejects anything but whitespace after the last line): CMS's white-diff layout.
      {"lcmp", spec(CheckerType::Tokens, true, 0, Layout::Lines)},
      // fcmp: each answer line equal to the output's, spaces included; then only whitespace.
      {"fcmp", fcmp()},
      {"rcmp4", spec(CheckerType::Float, true, 1e-4)},
      {"rcmp6", spec(CheckerType::Float, true, 1e-6)},
      {"rcmp9", spec(CheckerType::Float, true, 1e-9)},
      {"yesno", spec(CheckerType::Tokens, false)},
      {"nyesno", spec(CheckerType::Tokens, false)},
  };
  if (auto it = kMapped.find(bare); it != kMapped.end()) return it->second;
  static const char* const kRefused[] = {"ncmp",  "uncmp",     "icmp",       "hcmp",     "dcmp",
                                         "rcmp",  "acmp",      "caseicmp",   "casencmp", "casewcmp",
                                         "rncmp", "pointscmp", "pointsinfo", "rcmp3",    "rcmp5",
                                         "rcmp7", "rcmp8"};
  for (const char* refused : kRefused)
    if (bare == refused)
      throw InputError(where + ": the standard checker '" + name +
                       "' has no built-in equivalent in this judge yet");
  throw InputError(where + ": '" + name + "' is not a standard testlib checker");
}

}  // namespace judge
