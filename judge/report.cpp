#include "judge/report.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "judge/version.h"

namespace judge {
namespace {

nlohmann::json optional_int(const std::optional<int>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

std::string paint(const std::string& text, Verdict v, const TableStyle& style) {
  if (!style.color) return text;
  const char* code = v == Verdict::AC        ? "32"
                     : v == Verdict::TLE     ? "33"
                     : v == Verdict::IE      ? "35"
                     : v == Verdict::SKIPPED ? "2"
                                             : "31";
  return std::string("\033[1;") + code + "m" + text + "\033[0m";
}

std::string pad(std::string s, std::size_t width, bool right = false) {
  if (s.size() >= width) return s;
  return right ? std::string(width - s.size(), ' ') + s : s + std::string(width - s.size(), ' ');
}

std::string mib(std::uint64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / (1 << 20));
  return buf;
}

// A score for people: at most two decimals, no trailing zeros ("40", "33.33").
std::string points(double value) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", value);
  std::string text = buf;
  text.erase(text.find_last_not_of('0') + 1);
  if (text.back() == '.') text.pop_back();
  return text;
}

nlohmann::json groups_json(const std::vector<GroupReport>& groups) {
  nlohmann::json out = nlohmann::json::array();
  for (const GroupReport& g : groups)
    out.push_back({{"name", g.name},
                   {"score", g.score},
                   {"max_score", g.max_score},
                   {"verdict", to_string(g.verdict)},
                   {"tests", g.tests},
                   {"message", g.message}});
  return out;
}

// One line per group, after the tests.
std::string table_groups(const std::vector<GroupReport>& groups, const TableStyle& style) {
  std::string out = "\n" + pad("group", 12) + pad("verdict", 9) + pad("score", 16, true) +
                    pad("tests", 7, true) + "  message\n";
  for (const GroupReport& g : groups)
    out += pad(printable_name(g.name), 12) +
           paint(pad(std::string(to_string(g.verdict)), 9), g.verdict, style) +
           pad(points(g.score) + " / " + points(g.max_score), 16, true) +
           pad(std::to_string(g.tests.size()), 7, true) + "  " + printable(g.message) + "\n";
  return out;
}

}  // namespace

// The compiler echoes the submission's source, checkers and interactors quote its output, an
// output-only submission names its files: keep their bytes from driving the terminal (escape
// sequences can rewrite what was printed before, or retitle the window). C0 controls but newline
// and tab, DEL, and UTF-8-encoded C1 controls become '?'.
std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
      out += '?';
      ++i;
    } else if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f) {
      out += '?';
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string printable_name(std::string_view name) {
  std::string out = printable(name);
  std::replace_if(
      out.begin(), out.end(), [](char c) { return c == '\n' || c == '\t'; }, '?');
  return out;
}

void report_limits(Report& report, const sandbox::Limits& applied) {
  using std::chrono::microseconds;
  report.time_limit_us =
      static_cast<std::uint64_t>(applied.cpu_time.value_or(microseconds{}).count());
  report.wall_time_limit_us =
      static_cast<std::uint64_t>(applied.wall_time.value_or(microseconds{}).count());
}

namespace {

// Communication problems: the manager's figures and each copy's, apart from the test's.
void add_communication(const TestReport& t, nlohmann::json& test) {
  auto figures = [](const BoxFigures& f) {
    return nlohmann::json{{"cpu_ms", f.cpu_us / 1000},
                          {"wall_ms", f.wall_us / 1000},
                          {"memory_kib", f.memory_bytes / 1024}};
  };
  test["manager"] = figures(*t.manager);
  test["copies"] = nlohmann::json::array();
  for (const BoxFigures& copy : t.copies) test["copies"].push_back(figures(copy));
}

}  // namespace

nlohmann::json report_json(const Report& r) {
  nlohmann::json j;
  j["problem"] = r.problem;
  j["submission"] = r.submission;
  j["language"] = r.language;
  j["verdict"] = to_string(r.verdict);
  j["message"] = r.message;
  j["compile"] = {{"status", to_string(r.compile.status)},
                  {"cached", r.compile.cached},
                  {"cpu_ms", r.compile.cpu_us / 1000},
                  {"wall_ms", r.compile.wall_us / 1000},
                  {"memory_kib", r.compile.memory_bytes / 1024},
                  {"log", r.compile.log},
                  {"message", r.compile.message}};
  j["tests"] = nlohmann::json::array();
  for (const TestReport& t : r.tests) {
    j["tests"].push_back({{"name", t.name},
                          {"verdict", to_string(t.verdict)},
                          {"cpu_ms", t.cpu_us / 1000},
                          {"wall_ms", t.wall_us / 1000},
                          {"memory_kib", t.memory_bytes / 1024},
                          {"exit_code", optional_int(t.exit_code)},
                          {"signal", optional_int(t.signal)},
                          {"message", t.message}});
    if (t.score) j["tests"].back()["score"] = *t.score;
    // Interactive problems: the interactor's figures and each pass's, apart from the program's.
    if (t.interactor) {
      auto figures = [](const BoxFigures& f) {
        return nlohmann::json{{"cpu_ms", f.cpu_us / 1000},
                              {"wall_ms", f.wall_us / 1000},
                              {"memory_kib", f.memory_bytes / 1024}};
      };
      j["tests"].back()["interactor"] = figures(*t.interactor);
      auto& passes = j["tests"].back()["passes"] = nlohmann::json::array();
      for (const TestReport::Pass& pass : t.passes)
        passes.push_back(
            {{"program", figures(pass.program)}, {"interactor", figures(pass.interactor)}});
    }
    if (t.manager) add_communication(t, j["tests"].back());
  }
  j["max_cpu_ms"] = r.max_cpu_us / 1000;
  j["max_memory_kib"] = r.max_memory_bytes / 1024;
  j["time_limit_ms"] = r.time_limit_us / 1000;
  j["wall_time_limit_ms"] = r.wall_time_limit_us / 1000;
  j["cgroup"] = r.cgroup_backend;
  if (!r.groups.empty()) {
    j["score"] = r.score;
    j["max_score"] = r.max_score;
    j["groups"] = groups_json(r.groups);
  }
  if (!r.warnings.empty()) j["warnings"] = r.warnings;  // output-only problems' extra files
  // Traceability (issue 18): which judge made this, on which version of the problem.
  j["judge_version"] = version();
  j["problem_hash"] =
      r.problem_hash.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.problem_hash);
  return j;
}

std::string table_compile(const CompileReport& c, const TableStyle& style) {
  std::string line = "compile: ";
  switch (c.status) {
    case CompileReport::Status::OK:
      line += c.cached ? "OK (cached)" : "OK (" + std::to_string(c.cpu_us / 1000) + " ms)";
      break;
    case CompileReport::Status::Skipped: line += "nothing to compile"; break;
    case CompileReport::Status::NotRun: line += "not run"; break;
    case CompileReport::Status::CE:
      line += paint("CE", Verdict::CE, style) + " " + c.message;
      break;
    case CompileReport::Status::IE:
      line += paint("IE", Verdict::IE, style) + " " + c.message;
      break;
  }
  line += "\n";
  if (c.status == CompileReport::Status::CE && !c.log.empty())
    line += printable(c.log) + (c.log.back() == '\n' ? "" : "\n");
  if (c.status != CompileReport::Status::CE && c.status != CompileReport::Status::IE)
    line += "\n" + pad("test", 8) + pad("verdict", 9) + pad("cpu ms", 8, true) +
            pad("wall ms", 9, true) + pad("memory", 12, true) + "  message\n";
  return line;
}

std::string table_row(const TestReport& t, const TableStyle& style) {
  if (t.verdict == Verdict::SKIPPED)  // not run: no figures to show
    return pad(printable_name(t.name), 8) + paint(pad("SKIPPED", 9), t.verdict, style) + "\n";
  return pad(printable_name(t.name), 8) +
         paint(pad(std::string(to_string(t.verdict)), 9), t.verdict, style) +
         pad(std::to_string(t.cpu_us / 1000), 8, true) +
         pad(std::to_string(t.wall_us / 1000), 9, true) + pad(mib(t.memory_bytes), 12, true) +
         "  " + printable(t.message) + "\n";
}

std::string table_footer(const Report& r, const TableStyle& style) {
  std::string line;
  if (!r.groups.empty()) line += table_groups(r.groups, style);
  line += "\nverdict: " + paint(std::string(to_string(r.verdict)), r.verdict, style);
  if (!r.message.empty() && r.verdict != Verdict::AC) line += " (" + printable(r.message) + ")";
  if (!r.tests.empty())
    line += "   max cpu " + std::to_string(r.max_cpu_us / 1000) + " ms of " +
            std::to_string(r.time_limit_us / 1000) + " ms   max memory " + mib(r.max_memory_bytes);
  if (!r.groups.empty()) line += "\nscore: " + points(r.score) + " / " + points(r.max_score);
  for (const std::string& warning : r.warnings) line += "\nwarning: " + printable(warning);
  return line + "\n";
}

}  // namespace judge
