// The charts of the HTML summary, as inline SVG: a verdict histogram and a CPU-time vs memory
// scatter per problem. Their labels go through html_escape like the rest of the page.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "judge/batch/summary.h"

namespace judge::batch {

// The page's CSS class for a verdict: "v-AC", ... for the judge's verdicts and ERROR, "v-other"
// for anything else (a class name is never made from untrusted text).
std::string verdict_class(const std::string& verdict);

// Bars of the verdict counts, one per verdict seen.
std::string histogram_svg(const ProblemStats& stats);

struct ScatterPoint {
  std::uint64_t cpu_ms = 0, memory_kib = 0;
  std::string verdict, label;  // label: the tooltip (who, verdict, figures)
};
// One dot per graded submission that ran tests, coloured by verdict.
std::string scatter_svg(const std::vector<ScatterPoint>& points);

}  // namespace judge::batch
