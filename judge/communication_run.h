// The boxes of a communication test, run at once: the manager, and N copies of the program, each
// wired to the manager by two pipes of its own and to nothing else.
#pragma once

#include <vector>

#include "judge/problem.h"
#include "sandbox/sandbox.h"

namespace judge {

struct GroupRun {
  sandbox::RunResult manager;
  std::vector<sandbox::RunResult> copies;
};

// Runs the manager and every copy (each on a thread of its own) and returns when all have ended.
// The specs' channels (stdin/stdout or extra fds, by `io`) and stop are set here. When the manager
// ends, the copies are stopped; when a copy fails (any ending but exit 0, or a box that did not
// start), the manager and the other copies are stopped. No end of any pipe stays in the judge once
// the boxes have started: each side sees EOF when the other is gone.
GroupRun run_group(sandbox::Sandbox& sandbox, sandbox::RunSpec manager,
                   std::vector<sandbox::RunSpec> copies, ManagerSpec::Io io);

// Whether a copy's ending stops the others: it failed by itself (not stopped by the judge).
bool copy_failed(const sandbox::RunResult& copy);

}  // namespace judge
