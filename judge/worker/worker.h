// `judge worker`: joins the consumer group and grades jobs until asked to stop (then finishes the
// jobs in flight). docs/worker.md describes the protocol.
#pragma once

#include <atomic>
#include <filesystem>

#include "judge/batch/problem_catalog.h"
#include "judge/grader.h"
#include "judge/worker/worker_config.h"

namespace judge::worker {

struct WorkerInputs {
  batch::ProblemCatalog problems;
  Languages languages;
  std::filesystem::path cache_dir;
  std::uint64_t cache_max_bytes = 0;
};

// Runs `config.jobs` grading slots until `stop`; returns once every job in flight is published
// and acknowledged.
void run_worker(const WorkerConfig& config, const WorkerInputs& inputs, sandbox::Sandbox& sandbox,
                const std::atomic<bool>& stop);

}  // namespace judge::worker
