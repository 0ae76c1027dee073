// Two boxes that talk through two pipes and nothing else: the submission and the interactor.
// The interactor's stdout is the program's stdin, the program's stdout the interactor's stdin.
#pragma once

#include <functional>
#include <memory>

#include "sandbox/sandbox.h"

namespace judge {

// A pipe between two boxes, each end the judge's only copy until a box takes it
// (sandbox::Stream::Given, RunSpec::extra_fds). Throws JudgeError.
using SharedFd = std::shared_ptr<base::UniqueFd>;
struct SharedPipe {
  SharedFd read, write;
};
SharedPipe shared_pipe();

struct PairRun {
  sandbox::RunResult program, interactor;
  // The interactor ended before the program did (the program then stopped, or died of the pipe
  // the interactor left, or ended after it).
  bool interactor_first = false;
};

// Runs both at once (the interactor on a thread of its own) and returns when both have ended.
// The specs' stdin, stdout and stop are set here. When the interactor ends and `accepted` says no,
// the program is stopped at once; a program whose box could not start stops the interactor. No
// end of either pipe stays in the judge once both boxes have started: each sees EOF when the
// other is gone.
PairRun run_pair(sandbox::Sandbox& sandbox, sandbox::RunSpec program, sandbox::RunSpec interactor,
                 const std::function<bool(const sandbox::RunResult&)>& accepted);

}  // namespace judge
