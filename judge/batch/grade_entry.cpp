#include "judge/batch/grade_entry.h"

#include <fstream>
#include <sstream>

#include "judge/batch/resume_key.h"
#include "judge/errors.h"
#include "judge/report.h"
#include "judge/sha256.h"
#include "judge/version.h"

namespace judge::batch {
namespace fs = std::filesystem;

namespace {

nlohmann::json base_line(const Entry& entry, const std::string& key) {
  return {{"id", entry.id},
          {"who", entry.who},
          {"problem", entry.problem},
          {"path", entry.submission.string()},
          {"key", key},
          {"judge_version", version()}};  // issue 18
}

nlohmann::json error_line(const Entry& entry, const std::string& error) {
  nlohmann::json line = base_line(entry, error_key(entry.id, error));
  line["error"] = error;
  return line;
}

std::optional<std::string> read_source(const fs::path& file) {
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  std::ostringstream data;
  data << in.rdbuf();
  if (!in && !in.eof()) return std::nullopt;
  return data.str();
}

// The report of a grading the judge itself failed, as `judge run` makes it.
Report internal_error(const Entry& entry, const Problem& problem, const std::string& message) {
  Report report;
  report.problem = problem.name;
  report.submission = entry.submission.filename().string();
  report.verdict = Verdict::IE;
  report.message = message;
  return report;
}

}  // namespace

EntryGrader::Prepared EntryGrader::prepare(const Entry& entry, const Languages& languages) const {
  Prepared p;
  auto fail = [&p](std::string error) {
    p.error = std::move(error);
    return p;
  };
  if (!entry.error.empty()) return fail(entry.error);
  p.problem = problems_.find(entry.problem);
  if (!p.problem) return fail("unknown problem '" + entry.problem + "'");
  if (!p.problem->error.empty())
    return fail("problem '" + entry.problem + "' does not load: " + p.problem->error);
  const Language* language =
      entry.language ? languages.find(*entry.language) : languages.detect(entry.submission);
  if (!language && entry.language) return fail("unknown language '" + *entry.language + "'");
  if (!language)
    return fail("no language for extension '" + entry.submission.extension().string() + "'");
  // A link could name any file of the host (/etc/shadow), and its text would come back in the
  // compiler's messages: a submission must be the file itself.
  std::error_code ec;
  if (fs::is_symlink(entry.submission, ec))
    return fail(entry.submission.string() +
                ": a symbolic link, not read (a submission must be a "
                "regular file)");
  std::optional<std::string> source = read_source(entry.submission);
  if (!source) return fail("cannot read " + entry.submission.string());
  p.language = language->id;
  p.source = std::move(*source);
  p.key = resume_key(p.source, p.problem->version, p.language);
  return p;
}

std::optional<Report> EntryGrader::grade(const Entry& entry, const Prepared& prepared,
                                         Grader& grader, std::string& input_error) const {
  CompileGate::Turn turn =
      gate_.enter(prepared.language + ":" + sha256_hex(prepared.source), stop_);
  if (stop_) return std::nullopt;
  GradeOptions options;
  options.language = prepared.language;
  options.jobs = 1;  // the batch runs submissions side by side, each one test at a time
  options.on_compile = [&](const CompileReport&) {
    turn.release();  // the program is in the cache now: a waiting twin can use it
  };
  // A stop lets the test under way finish; the incomplete report is not written, and the next
  // run grades the submission.
  options.cancel = &stop_;
  try {
    Report report = grader.grade(prepared.problem->problem, entry.submission, options);
    if (report.cancelled) return std::nullopt;
    return report;
  } catch (const InputError& e) {
    input_error = e.what();
  } catch (const std::exception& e) {
    return internal_error(entry, prepared.problem->problem, e.what());
  }
  return Report{};
}

std::optional<EntryResult> EntryGrader::run(const Entry& entry, Grader& grader) const {
  Prepared prepared = prepare(entry, grader.languages());
  nlohmann::json line;
  if (prepared.error.empty()) {
    if (!rejudge_ && log_.done(entry.id, prepared.key))
      return EntryResult{*log_.latest(entry.id), true};
    std::string input_error;
    std::optional<Report> report = grade(entry, prepared, grader, input_error);
    if (!report) return std::nullopt;
    if (input_error.empty()) {
      report->problem_hash = prepared.problem->version;  // issue 18
      line = report_json(*report);
      line.update(base_line(entry, prepared.key));
    } else {
      line = error_line(entry, input_error);
    }
  } else {
    line = error_line(entry, prepared.error);
    if (!rejudge_ && log_.done(entry.id, line["key"])) return EntryResult{line, true};
  }
  log_.append(line);
  return EntryResult{line, false};
}

}  // namespace judge::batch
