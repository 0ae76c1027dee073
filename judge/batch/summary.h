// A batch's results at a glance: who x problem, totals per person, and per problem the AC
// count, the verdict histogram and the slowest accepted time. Written as CSV, Markdown or JSON.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace judge::batch {

// A score as people write it: 40, 12.5.
std::string format_score(double value);

struct SummaryCell {
  std::string verdict;                     // the line's verdict, or ERROR
  std::optional<double> score, max_score;  // when the report has them (scored problems)
  std::string text() const;                // "AC", or "WA 40/100"
};

struct PersonTotals {
  std::size_t accepted = 0;
  std::optional<double> score;  // the sum of the scores, when any cell has one
};

struct ProblemStats {
  std::size_t accepted = 0;
  std::map<std::string, std::size_t> histogram;  // verdict -> count
  std::optional<std::uint64_t> slowest_ac_ms;    // the largest max_cpu_ms among AC
  std::string slowest_ac_who;
};

struct Summary {
  std::vector<std::string> people, problems;                        // sorted
  std::map<std::string, std::map<std::string, SummaryCell>> cells;  // who -> problem -> cell
  std::map<std::string, PersonTotals> totals;
  std::map<std::string, ProblemStats> stats;
};

// From results lines, one per entry (the latest of each id).
Summary summarize(const std::vector<nlohmann::json>& lines);

// Rows: a header (who, the problems, accepted, score), one row per person, then rows named
// "(AC count)", "(verdict X)" for each verdict seen and "(slowest AC ms)". RFC 4180 with CRLF.
std::string summary_csv(const Summary& summary);
std::string summary_markdown(const Summary& summary);
nlohmann::json summary_json(const Summary& summary);

}  // namespace judge::batch
