// The seccomp filter, compiled once per judge binary and kernel instead of once per process: a
// one-shot `judge sandbox` or `judge run` otherwise spends ~0.45 ms of CPU in libseccomp before
// its first box (docs/performance.md).
#pragma once

#include <linux/filter.h>

#include <string>
#include <vector>

#include "sandbox/spec.h"

namespace sandbox::seccomp {

// What a compiled program depends on besides the policy compiled into this binary: this binary
// itself (its policy and libseccomp's version), the kernel (libseccomp asks it which actions and
// flags it has) and the mode. Two processes that agree on the key compile the same program.
std::string filter_key(SeccompMode mode);

// build_filter(mode), read from `dir`/seccomp-<mode>.bpf when that file was written for the same
// key, else built and stored there (atomically, by rename) for the next process. The file is used
// only when it is a regular file owned by this euid, writable by no one else, of a consistent
// size; anything else is ignored and replaced. `dir` is the sandbox's state directory (root's,
// 0700), which the box slots already trust. A cache that cannot be written costs only the
// compile: the filter is returned either way.
std::vector<sock_filter> cached_filter(SeccompMode mode, const std::string& dir);

}  // namespace sandbox::seccomp
