// One job graded: checked against the problems this worker has, its source written to a private
// work directory, graded one test at a time, the directory removed. Every outcome is a
// result object (docs/worker.md): a job that cannot be graded is verdict IE with a message.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>

#include "judge/batch/compile_gate.h"
#include "judge/batch/problem_catalog.h"
#include "judge/grader.h"
#include "judge/worker/job.h"

namespace judge::worker {

struct GradeContext {
  const batch::ProblemCatalog& problems;
  Grader& grader;
  batch::CompileGate& gate;  // identical sources in this process compile once
  const std::atomic<bool>& stop;
};

// The `judge run --format json` report, or {"verdict": "IE", "message": ...}. The caller adds
// the job's identity (result_identity). Throws only when the temporary directory cannot be made.
nlohmann::json grade_job(const Job& job, GradeContext& context,
                         const std::function<void(const TestReport&)>& on_test);

// An IE result for a job that could not be graded.
nlohmann::json error_result(const Job& job, const std::string& message);

}  // namespace judge::worker
