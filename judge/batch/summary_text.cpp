// The summary as text tables: CSV for spreadsheets, Markdown for people.
#include <set>

#include "judge/batch/csv.h"
#include "judge/batch/summary.h"

namespace judge::batch {

namespace {

// The per-problem rows under the grid: label, then one value per problem.
std::vector<std::vector<std::string>> stats_rows(const Summary& s) {
  std::set<std::string> verdicts;
  for (const auto& [name, st] : s.stats)
    for (const auto& [v, n] : st.histogram) verdicts.insert(v);
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"(AC count)"});
  for (const std::string& v : verdicts) rows.push_back({"(verdict " + v + ")"});
  rows.push_back({"(slowest AC ms)"});
  for (const std::string& name : s.problems) {
    const ProblemStats& st = s.stats.at(name);
    std::size_t r = 0;
    rows[r++].push_back(std::to_string(st.accepted));
    for (const std::string& v : verdicts)
      rows[r++].push_back(std::to_string(st.histogram.count(v) ? st.histogram.at(v) : 0));
    rows[r].push_back(st.slowest_ac_ms ? std::to_string(*st.slowest_ac_ms) : "");
  }
  return rows;
}

// The grid: a header, then one row per person with the cells and the totals.
std::vector<std::vector<std::string>> grid_rows(const Summary& s) {
  std::vector<std::string> header{"who"};
  header.insert(header.end(), s.problems.begin(), s.problems.end());
  header.insert(header.end(), {"accepted", "score"});
  std::vector<std::vector<std::string>> rows{header};
  for (const std::string& who : s.people) {
    std::vector<std::string> row{who};
    const auto& cells = s.cells.at(who);
    for (const std::string& p : s.problems) row.push_back(cells.count(p) ? cells.at(p).text() : "");
    const PersonTotals& t = s.totals.at(who);
    row.push_back(std::to_string(t.accepted));
    row.push_back(t.score ? format_score(*t.score) : "");
    rows.push_back(std::move(row));
  }
  return rows;
}

// A Markdown table cell: '|' escaped, line breaks made spaces.
std::string md_cell(std::string text) {
  std::string out;
  for (char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out;
}

std::string md_table(const std::vector<std::vector<std::string>>& rows) {
  std::string out;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    out += "|";
    for (const std::string& f : rows[r]) out += " " + md_cell(f) + " |";
    out += "\n";
    if (r == 0) {
      out += "|";
      for (std::size_t c = 0; c < rows[0].size(); ++c) out += " --- |";
      out += "\n";
    }
  }
  return out;
}

}  // namespace

std::string summary_csv(const Summary& s) {
  std::string out;
  for (const auto& row : grid_rows(s)) out += csv_row(row);
  // The statistics rows are as wide as the grid (empty accepted and score): a rectangle, as
  // spreadsheets and CSV readers expect.
  for (auto row : stats_rows(s)) {
    row.insert(row.end(), {"", ""});
    out += csv_row(row);
  }
  return out;
}

std::string summary_markdown(const Summary& s) {
  std::vector<std::vector<std::string>> per_problem{{"problem"}};
  per_problem[0].insert(per_problem[0].end(), s.problems.begin(), s.problems.end());
  for (auto& row : stats_rows(s)) per_problem.push_back(std::move(row));
  return "# Results\n\n" + md_table(grid_rows(s)) + "\n## Per problem\n\n" + md_table(per_problem);
}

}  // namespace judge::batch
