#include "judge/batch/summary_html.h"

#include <map>

#include "judge/batch/progress.h"
#include "judge/batch/summary_svg.h"

namespace judge::batch {

namespace {

using nlohmann::json;

// A compile log can be megabytes of template errors; the page keeps its start.
constexpr std::size_t kMaxLogBytes = 16 * 1024;

// No script may run, nothing may be fetched; only the page's own inline style applies.
const char* const kHead = R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<title>judge batch: results</title>
<style>
body{font-family:sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;margin:.5em 0}
th,td{border:1px solid #bbb;padding:.2em .5em;text-align:left;vertical-align:top}
td.num{text-align:right}
#grid td a{color:inherit;text-decoration:none;display:block}
.v-AC{background:#c8efc8;fill:#3a3}.v-WA{background:#f6c6c6;fill:#c33}
.v-TLE{background:#fbe0b0;fill:#e90}.v-MLE{background:#e6d0f2;fill:#93c}
.v-OLE{background:#f9d7e8;fill:#c39}.v-RE{background:#f2b8a8;fill:#a30}
.v-CE{background:#ddd;fill:#777}.v-IE{background:#f0c0f0;fill:#c0c}
.v-SKIPPED{background:#f4f4f4;fill:#bbb}.v-ERROR{background:#999;fill:#444;color:#fff}
.v-other{background:#fff;fill:#000}
svg.chart{border:1px solid #ddd;margin:.3em;background:#fff}
svg.chart text{font-size:11px;fill:#222}
svg.chart .axis{stroke:#888}
pre{background:#f6f6f6;padding:.5em;overflow:auto;max-height:30em;white-space:pre-wrap}
section.submission{border-top:1px solid #ccc;margin-top:1em}
</style></head><body>
<h1>Results</h1>
)";

// At most `limit` bytes, cut on a UTF-8 character boundary, with a note when cut.
std::string cut(const std::string& text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xc0) == 0x80) --end;
  return text.substr(0, end) + "\n[... " + std::to_string(text.size() - end) + " more bytes]";
}

std::string str(const json& line, const char* key) {
  auto it = line.find(key);
  if (it == line.end()) return "";
  return it->is_string() ? it->get<std::string>() : it->dump();
}

std::string td(const std::string& text, const char* cls = nullptr) {
  return std::string("<td") + (cls ? std::string(" class=\"") + cls + "\"" : "") + ">" +
         html_escape(text) + "</td>";
}

using CellIndex = std::map<std::pair<std::string, std::string>, std::size_t>;  // who, problem

std::string grid(const Summary& s, const CellIndex& index) {
  std::string out = "<h2>Grid</h2>\n<table id=\"grid\"><thead><tr><th>who</th>";
  for (const std::string& p : s.problems) out += "<th>" + html_escape(p) + "</th>";
  out += "<th>accepted</th><th>score</th></tr></thead><tbody>\n";
  for (const std::string& who : s.people) {
    out += "<tr><th scope=\"row\">" + html_escape(who) + "</th>";
    const auto& cells = s.cells.at(who);
    for (const std::string& p : s.problems) {
      auto cell = cells.find(p);
      if (cell == cells.end()) {
        out += "<td></td>";
        continue;
      }
      std::string n = std::to_string(index.at({who, p}));
      out += "<td id=\"cell-" + n + "\" class=\"" + verdict_class(cell->second.verdict) +
             "\"><a href=\"#sub-" + n + "\">" + html_escape(cell->second.text()) + "</a></td>";
    }
    const PersonTotals& t = s.totals.at(who);
    out += td(std::to_string(t.accepted), "num") + td(t.score ? format_score(*t.score) : "", "num");
    out += "</tr>\n";
  }
  return out + "</tbody></table>\n";
}

std::vector<ScatterPoint> points_of(const std::vector<json>& lines, const std::string& problem) {
  std::vector<ScatterPoint> points;
  for (const json& line : lines) {
    if (str(line, "problem") != problem || !line.contains("tests") || line["tests"].empty())
      continue;
    ScatterPoint p{line.value("max_cpu_ms", std::uint64_t{0}),
                   line.value("max_memory_kib", std::uint64_t{0}), line_verdict(line), ""};
    p.label = str(line, "who") + ": " + p.verdict + ", " + std::to_string(p.cpu_ms) + " ms, " +
              std::to_string(p.memory_kib) + " KiB";
    points.push_back(std::move(p));
  }
  return points;
}

std::string problems(const Summary& s, const std::vector<json>& lines) {
  std::string out = "<h2>Per problem</h2>\n";
  for (const std::string& name : s.problems) {
    const ProblemStats& st = s.stats.at(name);
    out += "<section class=\"problem\"><h3>" + html_escape(name) +
           "</h3><p>AC: " + std::to_string(st.accepted);
    if (st.slowest_ac_ms)
      out += ", slowest AC: " + std::to_string(*st.slowest_ac_ms) + " ms (" +
             html_escape(st.slowest_ac_who) + ")";
    out += "</p>\n" + histogram_svg(st) + scatter_svg(points_of(lines, name)) + "</section>\n";
  }
  return out;
}

// A table of `rows` (a test or a group each) under `headers`: the row's name, its verdict (a
// coloured cell), then `cells` of the row.
template <typename Cells>
std::string rows_table(const char* cls, const std::vector<const char*>& headers, const json& rows,
                       Cells cells) {
  std::string out = std::string("<table class=\"") + cls + "\"><thead><tr>";
  for (const char* h : headers) out += std::string("<th>") + h + "</th>";
  out += "</tr></thead><tbody>\n";
  for (const json& row : rows) {
    std::string verdict = str(row, "verdict");
    out += "<tr>" + td(str(row, "name")) + "<td class=\"" + verdict_class(verdict) + "\">" +
           html_escape(verdict) + "</td>" + cells(row) + "</tr>\n";
  }
  return out + "</tbody></table>\n";
}

std::string tests_table(const json& tests) {
  return rows_table("tests", {"test", "verdict", "CPU ms", "memory KiB", "score", "message"}, tests,
                    [](const json& t) {
                      return td(str(t, "cpu_ms"), "num") + td(str(t, "memory_kib"), "num") +
                             td(str(t, "score"), "num") + td(cut(str(t, "message"), kMaxLogBytes));
                    });
}

std::string groups_table(const json& groups) {
  return rows_table("groups", {"group", "verdict", "score", "message"}, groups, [](const json& g) {
    return td(str(g, "score") + "/" + str(g, "max_score"), "num") +
           td(cut(str(g, "message"), kMaxLogBytes));
  });
}

// One submission: what it is, its verdict and message, its tests, groups and compile log.
std::string submission(const json& line, std::size_t n) {
  std::string verdict = line_verdict(line), id = std::to_string(n);
  std::string out = "<section class=\"submission\" id=\"sub-" + id + "\"><h3 class=\"" +
                    verdict_class(verdict) + "\">" + html_escape(str(line, "id")) + ": " +
                    html_escape(verdict) + "</h3>\n<p>who: " + html_escape(str(line, "who")) +
                    ", problem: " + html_escape(str(line, "problem")) +
                    ", file: " + html_escape(str(line, "path"));
  if (line.contains("language")) out += ", language: " + html_escape(str(line, "language"));
  out += "</p>\n";
  if (line.contains("error"))
    return out + "<p>" + html_escape(str(line, "error")) + "</p></section>\n";
  if (!str(line, "message").empty())
    out += "<p>" + html_escape(cut(str(line, "message"), kMaxLogBytes)) + "</p>\n";
  if (line.contains("tests") && !line["tests"].empty()) out += tests_table(line["tests"]);
  if (line.contains("groups")) out += groups_table(line["groups"]);
  const json& compile = line.contains("compile") ? line["compile"] : json::object();
  std::string log = str(compile, "log");
  if (!log.empty())
    out += "<details><summary>compile log (" + html_escape(str(compile, "status")) +
           ")</summary><pre>" + html_escape(cut(log, kMaxLogBytes)) + "</pre></details>\n";
  return out + "<p><a href=\"#grid\">back to the grid</a></p></section>\n";
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string summary_html(const Summary& summary, const std::vector<json>& lines) {
  CellIndex index;
  for (std::size_t i = 0; i < lines.size(); ++i)
    index[{str(lines[i], "who"), str(lines[i], "problem")}] = i;
  std::string out = kHead;
  out += "<p>" + std::to_string(lines.size()) + " entries, " +
         std::to_string(summary.people.size()) + " people, " +
         std::to_string(summary.problems.size()) + " problems.</p>\n";
  out += grid(summary, index) + problems(summary, lines) + "<h2>Submissions</h2>\n";
  for (std::size_t i = 0; i < lines.size(); ++i) out += submission(lines[i], i);
  return out + "</body></html>\n";
}

}  // namespace judge::batch
