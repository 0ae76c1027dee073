// The submissions a problem ships with and what each must get, as its own format says: Kattis
// `submissions/<verdict>/`, Polygon `<solution tag>`, and problems/' `submissions/<verdict>/`;
// a `@EXPECTED_SCORE@: N` line in the source states its score (as DOMjudge's markers do).
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

// The number after "@EXPECTED_SCORE@:" in the file (a source of at most 1MiB), if there is one.
std::optional<double> expected_score(const std::filesystem::path& source);

}  // namespace judge
