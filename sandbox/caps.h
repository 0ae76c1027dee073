// Capabilities: the box's processes hold none, cannot regain any, and cannot gain privileges on
// exec.
#pragma once

namespace sandbox::caps {
// Child side, the program, while still root of the box's namespace: empties the bounding and
// ambient sets and locks the securebits (uid 0 gets no special treatment; a uid change keeps the
// remaining capabilities, so that clear() decides). Returns 0 or errno.
int lock_down();
// After the switch to the box's user: empties the inheritable, permitted and effective sets and
// sets no_new_privs. Returns 0 or errno.
int clear();
}  // namespace sandbox::caps
