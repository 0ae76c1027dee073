#include "judge/runtime_memory.h"

#include "base/units.h"

namespace judge {

void note_runtime_out_of_memory(const Language& language, const sandbox::RunResult& run,
                                std::uint64_t memory_limit, TestReport& test) {
  if (test.verdict != Verdict::RE || language.out_of_memory_stderr.empty()) return;
  if (run.stderr_data.find(language.out_of_memory_stderr) == std::string::npos) return;
  test.verdict = Verdict::MLE;
  test.message = "memory limit " + base::format_size(memory_limit) +
                 " exceeded (the runtime ran out of memory: " + test.message + ")";
}

}  // namespace judge
