// Taking files out of a box (RunSpec::collect), done by the box's init once the program exited
// and every other process of the box is dead. No allocation (see plan.h).
#pragma once

#include "sandbox/plan.h"

namespace sandbox::collect {

// Opens the program's working directory, before the program runs: later, the box could have put a
// link in its place (to /proc/1, say) and init would read through it. -1 and errno on failure.
int open_source_dir(const Plan& plan);
// Copies matching regular files from `source_dir` into Plan::collect_dir_fd. `skipped` counts what
// the box made uncollectable (links, fifos, too large); `error` is the errno of the first copy that
// failed on the way (reading, or writing the judge's side), 0 if none.
void take_out(const Plan& plan, int source_dir, unsigned& collected, unsigned& skipped, int& error);

}  // namespace sandbox::collect
