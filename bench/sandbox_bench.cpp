// Per-run cost of the sandbox library in a long-lived process (how a batch grader or the queue
// worker uses it): Sandbox::run of /bin/true, with the limits a judge sets.
#include <benchmark/benchmark.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sandbox/sandbox.h"

namespace {

sandbox::RunSpec true_spec() {
  sandbox::RunSpec spec;
  spec.argv = {"/bin/true"};
  spec.env = {"PATH=/usr/bin:/bin"};
  spec.limits.cpu_time = std::chrono::seconds(1);
  spec.limits.wall_time = std::chrono::seconds(3);
  spec.limits.memory = 256ull << 20;
  spec.limits.pids = 64;
  spec.limits.output = 64ull << 20;
  return spec;
}

void BM_SandboxRunTrue(benchmark::State& state) {
  static sandbox::Sandbox sb;
  auto spec = true_spec();
  for (auto _ : state) {
    auto r = sb.run(spec);
    if (r.status != sandbox::Status::OK) state.SkipWithError(r.message.c_str());
  }
}
BENCHMARK(BM_SandboxRunTrue)->Unit(benchmark::kMicrosecond);

void BM_ForkExecTrue(benchmark::State& state) {
  for (auto _ : state) {
    pid_t pid = fork();
    if (pid == 0) {
      execl("/bin/true", "true", nullptr);
      _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
  }
}
BENCHMARK(BM_ForkExecTrue)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
