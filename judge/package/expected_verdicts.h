// The submissions a problem ships with and what each must get, as its own format says: Kattis
// `submissions/<verdict>/`, Polygon `<solution tag>`, and problems/' `submissions/<verdict>/`;
// a `@EXPECTED_SCORE@: N` line in the source states its score and DOMjudge's
// `@EXPECTED_RESULTS@: A, B` its verdicts (over its folder's or tag's).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "judge/problem.h"
#include "judge/verdict.h"

namespace judge {

struct ExpectedSubmission {
  std::filesystem::path source;
  std::string label;              // the folder or tag, as the package writes it
  std::vector<Verdict> verdicts;  // any of these is as expected; empty: any verdict but AC
  std::optional<double> score;    // @EXPECTED_SCORE@
};

// In the package's order (folder, then file name; Polygon: problem.xml's order). A folder or tag
// whose meaning is not known is left out (reported by `skipped`). Throws InputError for a
// malformed problem.xml or a submission path leaving the package.
std::vector<ExpectedSubmission> package_submissions(const Problem& problem,
                                                    std::vector<std::string>* skipped = nullptr);

// The number after "@EXPECTED_SCORE@:" in a source's text, if there is one.
std::optional<double> expected_score(const std::string& text);
// DOMjudge's "@EXPECTED_RESULTS@: CORRECT, TIMELIMIT" in a source's text: the verdicts any of
// which is as expected (docs/package-formats.md maps the names). Throws InputError naming `file`
// for a name DOMjudge does not have.
std::optional<std::vector<Verdict>> expected_results(const std::string& text,
                                                     const std::string& file);

}  // namespace judge
