#include "judge/batch/summary.h"

#include <algorithm>
#include <set>

#include "judge/batch/progress.h"

namespace judge::batch {

std::string format_score(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", value);
  return buf;
}

namespace {

SummaryCell cell_of(const nlohmann::json& line) {
  SummaryCell cell{line_verdict(line), std::nullopt, std::nullopt};
  if (line.contains("score") && line["score"].is_number()) cell.score = line["score"].get<double>();
  if (line.contains("max_score") && line["max_score"].is_number())
    cell.max_score = line["max_score"].get<double>();
  return cell;
}

void count(Summary& s, const std::string& who, const std::string& problem, const SummaryCell& cell,
           const nlohmann::json& line) {
  PersonTotals& person = s.totals[who];
  ProblemStats& stats = s.stats[problem];
  ++stats.histogram[cell.verdict];
  if (cell.score) person.score = person.score.value_or(0) + *cell.score;
  if (cell.verdict != "AC") return;
  ++person.accepted;
  ++stats.accepted;
  std::uint64_t ms = line.value("max_cpu_ms", std::uint64_t{0});
  if (!stats.slowest_ac_ms || ms > *stats.slowest_ac_ms) {
    stats.slowest_ac_ms = ms;
    stats.slowest_ac_who = who;
  }
}

}  // namespace

std::string SummaryCell::text() const {
  if (!score) return verdict;
  return verdict + " " + format_score(*score) + (max_score ? "/" + format_score(*max_score) : "");
}

Summary summarize(const std::vector<nlohmann::json>& lines) {
  Summary s;
  std::set<std::string> people, problems;
  for (const nlohmann::json& line : lines) {
    std::string who = line.value("who", ""), problem = line.value("problem", "");
    people.insert(who);
    problems.insert(problem);
    SummaryCell cell = cell_of(line);
    s.cells[who][problem] = cell;
    count(s, who, problem, cell, line);
  }
  s.people.assign(people.begin(), people.end());
  s.problems.assign(problems.begin(), problems.end());
  return s;
}

nlohmann::json summary_json(const Summary& s) {
  nlohmann::json people = nlohmann::json::array(), problems = nlohmann::json::array();
  for (const std::string& who : s.people) {
    nlohmann::json cells = nlohmann::json::object();
    for (const auto& [problem, cell] : s.cells.at(who)) {
      cells[problem] = {{"verdict", cell.verdict}};
      if (cell.score) cells[problem]["score"] = *cell.score;
      if (cell.max_score) cells[problem]["max_score"] = *cell.max_score;
    }
    const PersonTotals& t = s.totals.at(who);
    people.push_back({{"who", who}, {"cells", cells}, {"accepted", t.accepted}});
    if (t.score) people.back()["score"] = *t.score;
  }
  for (const std::string& name : s.problems) {
    const ProblemStats& st = s.stats.at(name);
    problems.push_back({{"problem", name}, {"accepted", st.accepted}, {"histogram", st.histogram}});
    if (st.slowest_ac_ms) {
      problems.back()["slowest_ac_ms"] = *st.slowest_ac_ms;
      problems.back()["slowest_ac_who"] = st.slowest_ac_who;
    }
  }
  return {{"people", people}, {"problems", problems}};
}

}  // namespace judge::batch
