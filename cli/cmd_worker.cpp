// `judge worker`: grade jobs from a Redis stream until SIGTERM (docs/worker.md).
#include <iostream>

#include "cli/commands.h"
#include "cli/stop_signals.h"
#include "cli/usage_error.h"
#include "cli/worker_args.h"
#include "judge/errors.h"

namespace cli {

int cmd_worker(int argc, char** argv) {
  WorkerArgs args;
  judge::worker::WorkerConfig config;
  judge::worker::WorkerInputs inputs;
  sandbox::SandboxOptions sandbox_options;
  try {
    if (!parse_worker_args(argc, argv, args)) return kExitOk;  // --help
    config = make_worker_config(args);
    inputs = load_worker_inputs(args);
    sandbox_options = make_sandbox_options(args.host);
  } catch (const std::exception& e) {
    return report_usage_error("worker", e);
  }
  try {
    std::atomic<bool> stop{false};
    StopSignals signals(stop);
    sandbox::Sandbox sandbox(sandbox_options);
    std::cerr << "judge worker: " << config.consumer << " on " << config.redis.redacted() << ", "
              << config.jobs << " at once\n";
    judge::worker::run_worker(config, inputs, sandbox, stop);
    // SIGTERM drains: the jobs in flight were published and acknowledged; that is success.
    std::cerr << "judge worker: " << config.consumer << " stopped\n";
    return kExitOk;
  } catch (const std::exception& e) {
    std::cerr << "judge worker: internal error: " << e.what() << "\n";
    return kExitInternal;
  }
}

}  // namespace cli
