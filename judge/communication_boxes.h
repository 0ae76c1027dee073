// The boxes of a communication test (CMS Communication): N copies of the submission and the
// manager, a checker program's box. Each copy's channel to the manager is two pipes, handed to the
// boxes as fds (sandbox RunSpec::extra_fds, or stdin and stdout) and named /dev/fd/N inside.
#pragma once

#include <chrono>
#include <filesystem>

#include "judge/checker_program.h"
#include "judge/run_test.h"
#include "sandbox/spec.h"

namespace judge {

// In the manager's box, copy i's channel is fds 3 + 2i (from the copy) and 4 + 2i (to it); in a
// copy's box with io = "fifo", 3 (from the manager) and 4 (to it). CMS's order of the names.
inline constexpr int kCopyFromManagerFd = 3;
inline constexpr int kCopyToManagerFd = 4;
int manager_from_copy_fd(unsigned copy);
int manager_to_copy_fd(unsigned copy);

// Copy `index` of `processes`: its language's run command over its layer, the problem's limits,
// and with io = "fifo" its channel's names and (when processes > 1) its index as arguments.
sandbox::RunSpec copy_spec(const TestRun& run, unsigned index);

// The manager: `input` on its stdin, each copy's channel names as arguments, its stdout (the
// score) and stderr (the message) kept. Its wall time runs while the copies' does and then as long
// as its own limit.
sandbox::RunSpec manager_spec(const PreparedChecker& manager, const std::filesystem::path& input,
                              unsigned processes, std::chrono::microseconds copies_wall);

}  // namespace judge
