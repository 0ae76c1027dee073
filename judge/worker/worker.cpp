#include "judge/worker/worker.h"

#include <unistd.h>

#include <thread>

#include "base/cpus.h"
#include "base/thread_cpu.h"
#include "judge/batch/resume_key.h"
#include "judge/worker/heartbeat.h"
#include "judge/worker/slot.h"

namespace judge::worker {
namespace {

nlohmann::json about(const WorkerConfig& config, sandbox::Sandbox& sandbox) {
  char host[256] = {};
  ::gethostname(host, sizeof host - 1);
  return {{"consumer", config.consumer},
          {"host", host},
          {"pid", ::getpid()},
          {"version", std::string(batch::kJudgeVersion)},
          {"cgroup_backend", sandbox.host().version},
          {"capacity", config.jobs}};
}

}  // namespace

void run_worker(const WorkerConfig& config, const WorkerInputs& inputs, sandbox::Sandbox& sandbox,
                const std::atomic<bool>& stop) {
  // Graders are made before any grading starts: each sweeps stale work directories when made.
  std::vector<std::unique_ptr<Grader>> graders;
  for (unsigned s = 0; s < config.jobs; ++s)
    graders.push_back(std::make_unique<Grader>(sandbox, inputs.languages, inputs.cache_dir,
                                               Grader::WorkDirRoot(), inputs.cache_max_bytes));
  batch::CompileGate gate;
  InFlight in_flight;
  Heartbeat heartbeat(config, in_flight, about(config, sandbox));
  std::vector<int> cpus;
  if (config.jobs > 1) cpus = base::allowed_cpus();
  std::vector<std::thread> threads;
  for (unsigned s = 0; s < config.jobs; ++s)
    threads.emplace_back([&, s] {
      // Each slot on a CPU of its own, like `judge batch`: its boxes inherit the pin.
      if (!cpus.empty()) base::pin_this_thread(cpus[s % cpus.size()]);
      Slot slot(SlotShared{config, inputs.problems, gate, in_flight, stop}, *graders[s]);
      slot.run();
    });
  for (std::thread& t : threads) t.join();
}

}  // namespace judge::worker
