// The CPUs this process may run on: what the grader pins parallel tests to.
#pragma once

#include <vector>

namespace base {

// The CPUs of this process's affinity mask, ascending; {0} when it cannot be read.
std::vector<int> allowed_cpus();

}  // namespace base
