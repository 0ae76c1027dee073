#include "judge/worker/grade_job.h"

#include "base/files.h"
#include "judge/errors.h"
#include "judge/report.h"
#include "judge/sha256.h"
#include "judge/version.h"
#include "judge/work_dir.h"

namespace judge::worker {
namespace fs = std::filesystem;

namespace {

// Why `job` cannot be graded here, or "".
std::string check_job(const Job& job, const batch::ProblemCatalog::Item* item,
                      const Language* language) {
  if (!job.error.empty()) return job.error;
  if (!item) return "unknown problem '" + job.problem + "' (not under this worker's --problems)";
  if (!item->error.empty()) return "problem '" + job.problem + "' does not load: " + item->error;
  if (job.version && *job.version != item->version)
    return "problem '" + job.problem + "' is version " + item->version +
           " on this worker, the job asks for " + *job.version +
           " (update the problem and restart the worker, then send the job again under a new id: "
           "this id has its result)";
  if (!language) return "unknown language '" + job.language + "'";
  return "";
}

Report grade_source(const Job& job, const Problem& problem, const Language& language,
                    GradeContext& context, const std::function<void(const TestReport&)>& on_test) {
  // Named after this process, like a grading's work directory: a worker killed mid-job leaves it
  // to the next start's sweep.
  WorkDir dir(Grader::WorkDirRoot());
  std::string ext = language.extensions.empty() ? "" : language.extensions.front();
  fs::path file = dir.path() / ("submission" + ext);
  if (!base::write_new_file(file, job.source, 0600))
    throw JudgeError("cannot write a job's source to " + file.string());
  batch::CompileGate::Turn turn =
      context.gate.enter(language.id + ":" + sha256_hex(job.source), context.stop);
  GradeOptions options;
  options.language = language.id;
  options.fail_fast = job.fail_fast;
  options.jobs = 1;  // the worker runs jobs side by side, each one test at a time
  options.on_compile = [&](const CompileReport&) { turn.release(); };
  options.on_test = on_test;
  return context.grader.grade(problem, file, options);
}

}  // namespace

nlohmann::json error_result(const Job& job, const std::string& message) {
  return {{"problem", job.problem},
          {"verdict", "IE"},
          {"message", message},
          {"judge_version", version()}};  // issue 18
}

nlohmann::json grade_job(const Job& job, GradeContext& context,
                         const std::function<void(const TestReport&)>& on_test) {
  const batch::ProblemCatalog::Item* item =
      job.error.empty() ? context.problems.find(job.problem) : nullptr;
  const Language* language = context.grader.languages().find(job.language);
  std::string error = check_job(job, item, language);
  if (!error.empty()) return error_result(job, error);
  try {
    Report report = grade_source(job, item->problem, *language, context, on_test);
    report.problem_hash = item->version;  // issue 18
    return report_json(report);
  } catch (const InputError& e) {
    return error_result(job, e.what());
  } catch (const std::exception& e) {
    return error_result(job, std::string("internal error: ") + e.what());
  }
}

}  // namespace judge::worker
