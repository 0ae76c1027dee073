// seccomp: the system calls a box may not make (policy and reasons in docs/security.md).
#pragma once

#include <linux/filter.h>

#include <string>
#include <vector>

#include "sandbox/plan.h"
#include "sandbox/spec.h"

namespace sandbox::seccomp {

// Parent side: the BPF program for `mode` (Errno: refused calls fail with EPERM; Kill: refused
// calls stop in a user notification the supervisor turns into a kill naming the call). Throws
// SandboxError.
std::vector<sock_filter> build_filter(SeccompMode mode);

// Child side, last step before exec: loads plan.seccomp_filter; with plan.seccomp_notify, sends the
// listener fd over plan.notify_fd. Returns 0 or errno.
int load(const Plan& plan);

// Supervisor side: receives the listener fd sent by load() (non-blocking); -1 when none arrived.
int receive_listener(int notify_socket);
// Reads one pending notification; returns the syscall's name ("" when none could be read).
std::string receive_denied_syscall(int listener);

}  // namespace sandbox::seccomp
