#include "judge/package/expected_verdicts.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <sstream>
#include <map>

#include "judge/errors.h"
#include "judge/package/cms_task.h"
#include "judge/package/package_dir.h"
#include "judge/package/polygon_xml.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

using V = Verdict;

// Kattis' folders (run_time_error includes running out of memory: Kattis reports MLE as a
// run-time error) and problems/' own (memory_limit_exceeded, output_limit_exceeded,
// compile_error).
const std::map<std::string, std::vector<Verdict>> kFolders{
    {"accepted", {V::AC}},
    {"wrong_answer", {V::WA}},
    {"time_limit_exceeded", {V::TLE}},
    {"run_time_error", {V::RE, V::MLE}},
    {"memory_limit_exceeded", {V::MLE}},
    {"output_limit_exceeded", {V::OLE}},
    {"compile_error", {V::CE}},
    {"rejected", {}},
};

// Polygon's solution tags; `main` is the reference solution.
const std::map<std::string, std::vector<Verdict>> kTags{
    {"main", {V::AC}},
    {"accepted", {V::AC}},
    {"wrong-answer", {V::WA}},
    {"presentation-error", {V::WA}},
    {"time-limit-exceeded", {V::TLE}},
    {"time-limit-exceeded-or-accepted", {V::TLE, V::AC}},
    {"time-limit-exceeded-or-memory-limit-exceeded", {V::TLE, V::MLE}},
    {"memory-limit-exceeded", {V::MLE}},
    {"rejected", {}},
};

// DOMjudge's result names in @EXPECTED_RESULTS@ (RUN-ERROR includes running out of memory, as in
// DOMjudge; NO-OUTPUT is a wrong answer that printed nothing).
const std::map<std::string, std::vector<Verdict>> kDomjudgeResults{
    {"CORRECT", {V::AC}},           {"WRONG-ANSWER", {V::WA}},   {"TIMELIMIT", {V::TLE}},
    {"RUN-ERROR", {V::RE, V::MLE}}, {"COMPILER-ERROR", {V::CE}}, {"NO-OUTPUT", {V::WA}},
    {"OUTPUT-LIMIT", {V::OLE}},
};

// The source's text (at most 1MiB), empty when it cannot be read (a directory of outputs).
std::string source_text(const fs::path& source) {
  try {
    return PackageDir(source.parent_path()).read_text(source, 1 << 20);
  } catch (const InputError&) {
    return "";
  }
}

// A submission as its folder or tag says (`verdicts`; null: one of no known meaning), unless its
// source states its own results. nullopt: neither says anything.
std::optional<ExpectedSubmission> expect(const fs::path& source, const std::string& label,
                                         const std::vector<Verdict>* verdicts) {
  std::string text = source_text(source);
  auto results = expected_results(text, source.string());
  if (!results && !verdicts) return std::nullopt;
  return ExpectedSubmission{source, label, results ? *results : *verdicts, expected_score(text)};
}

std::vector<ExpectedSubmission> from_folders(const PackageDir& package, bool output_only,
                                             std::vector<std::string>* skipped) {
  std::vector<ExpectedSubmission> out;
  fs::path dir = package.find("submissions");
  if (!package.is_dir(dir)) return out;
  for (const fs::path& folder : package.list(dir)) {
    auto it = kFolders.find(folder.filename().string());
    if (!package.is_dir(folder)) {
      if (skipped) skipped->push_back(folder.string());
      continue;
    }
    for (const fs::path& file : package.list(folder)) {
      // An output-only problem's submission may be a directory of outputs (judge/output_only.h).
      if (!package.is_file(file) && !(output_only && package.is_dir(file))) {
        if (skipped) skipped->push_back(file.string() + " (a submission of several files)");
        continue;
      }
      // In a folder of no known meaning, only a source stating @EXPECTED_RESULTS@ is graded.
      auto e =
          expect(file, folder.filename().string(), it == kFolders.end() ? nullptr : &it->second);
      if (e)
        out.push_back(std::move(*e));
      else if (skipped)
        skipped->push_back(file.string());
    }
  }
  return out;
}

std::vector<ExpectedSubmission> from_tags(const PackageDir& package, const fs::path& file,
                                          std::vector<std::string>* skipped) {
  PolygonXml xml(package.read_text(file, 64u << 20), file.string());
  std::vector<ExpectedSubmission> out;
  pugi::xml_node solutions = xml.root().child("assets").child("solutions");
  for (pugi::xml_node solution : solutions.children("solution")) {
    std::string tag = solution.attribute("tag").value();
    std::string path = solution.child("source").attribute("path").value();
    auto it = kTags.find(tag);
    if (it == kTags.end()) {
      if (skipped) skipped->push_back(path + " (tag '" + tag + "')");
      continue;
    }
    fs::path source = path.empty() ? fs::path() : package.find(path);
    if (!package.is_file(source))
      xml.fail(solution, "<source path='" + path + "'>: no such file in the package");
    out.push_back(*expect(source, tag, &it->second));
  }
  return out;
}

}  // namespace

std::optional<double> expected_score(const std::string& text) {
  const std::string marker = "@EXPECTED_SCORE@:";
  auto at = text.find(marker);
  if (at == std::string::npos) return std::nullopt;
  const char* start = text.c_str() + at + marker.size();
  char* end = nullptr;
  double value = std::strtod(start, &end);
  if (end == start) return std::nullopt;
  return value;
}

std::optional<std::vector<Verdict>> expected_results(const std::string& text,
                                                     const std::string& file) {
  const std::string marker = "@EXPECTED_RESULTS@:";
  auto at = text.find(marker);
  if (at == std::string::npos) return std::nullopt;
  std::string line = text.substr(at + marker.size(), text.find('\n', at) - at - marker.size());
  std::vector<Verdict> out;
  std::istringstream names(line);
  for (std::string name; std::getline(names, name, ',');) {
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t\r*/#") + 1);  // a comment's end on the same line
    for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    auto it = kDomjudgeResults.find(name);
    if (it == kDomjudgeResults.end())
      throw InputError(file + ": @EXPECTED_RESULTS@: unknown result '" + name +
                       "' (CORRECT, WRONG-ANSWER, TIMELIMIT, RUN-ERROR, COMPILER-ERROR, NO-OUTPUT, "
                       "OUTPUT-LIMIT)");
    for (Verdict v : it->second)
      if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
  }
  return out;
}

std::vector<ExpectedSubmission> package_submissions(const Problem& problem,
                                                    std::vector<std::string>* skipped) {
  PackageDir package(problem.dir);
  if (problem.format == "polygon") return from_tags(package, problem.file, skipped);
  std::vector<ExpectedSubmission> out = from_folders(package, problem.output_only, skipped);
  // A CMS task's reference solutions in sol/ (issue 16), beside any submissions/ folders.
  if (problem.format == "cms")
    for (const fs::path& file : cms_reference_solutions(package, problem.name))
      out.push_back({file, "sol", {V::AC}, expected_score(file)});
  return out;
}

}  // namespace judge
