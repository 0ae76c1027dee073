// Capabilities: the box's processes hold none, cannot regain any, and cannot gain privileges on exec.
#pragma once

namespace sandbox::caps {
// Child side, just before exec: empties the bounding, ambient, inheritable, permitted and effective
// sets, locks the securebits, and sets no_new_privs. Returns 0 or errno.
int drop_all();
}  // namespace sandbox::caps
