// UTS namespace: the box's own hostname.
#pragma once

namespace sandbox::uts {
// Child side. Returns 0 or errno.
int set_hostname(const char* name);
}  // namespace sandbox::uts
