// Names of per-run resources (cgroups, work dirs) carry their owner's identity, "<pid>-<start time>",
// so a later start can tell leftovers of a dead judge from resources of a live one.
#pragma once

#include <string>
#include <string_view>

namespace sandbox {

// "<pid>-<start time in clock ticks>" of the calling process (computed once).
const std::string& owner_token();

// True when `name` begins with an owner token whose process no longer exists (pid gone or reused).
// Names that do not begin with a token are never stale: they are not ours.
bool is_stale_owner(std::string_view name);

}  // namespace sandbox
