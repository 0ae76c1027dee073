// The command lines of `judge worker` and `judge submit`.
#pragma once

#include <string>
#include <vector>

#include "cli/sandbox_options.h"
#include "judge/worker/worker.h"
#include "judge/worker/worker_config.h"

namespace cli {

struct WorkerArgs {
  std::string redis, problems_dir, consumer, prefix = "judge";
  std::string visibility_timeout = "60s", heartbeat = "5s", max_source = "256KiB";
  std::string cache_dir, cache_max;
  std::vector<std::string> language_files;
  int jobs = 0;                                                              // 0: the CPUs allowed
  long long max_deliveries = 3, max_len = 100000, done_ttl = 7 * 24 * 3600;  // seconds
  bool events = false;
  HostOptions host;
};

// False when --help was asked (printed). Throws UsageError or Boost's errors.
bool parse_worker_args(int argc, char** argv, WorkerArgs& args);
// Throws UsageError naming the option at fault.
judge::worker::WorkerConfig make_worker_config(const WorkerArgs& args);
// Loads the problems and languages. Throws UsageError or InputError.
judge::worker::WorkerInputs load_worker_inputs(const WorkerArgs& args);

}  // namespace cli
