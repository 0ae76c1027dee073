// Taking files out of a box (RunSpec::collect), done by the box's init once the program exited
// and every other process of the box is dead. No allocation (see plan.h).
#pragma once

#include "sandbox/plan.h"

namespace sandbox::collect {

// Copies matching regular files from the program's working directory into Plan::collect_dir_fd.
void take_out(const Plan& plan, unsigned& collected, unsigned& skipped);

// '*' and '?' globs; no character classes.
bool glob_match(const char* pattern, const char* name);

}  // namespace sandbox::collect
