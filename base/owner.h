// Names of per-run resources (cgroups, work dirs) carry their owner's identity,
// "<pid>-<start time>-<pid namespace>", so a later start can tell leftovers of a dead judge from
// resources of a live one, and never mistakes a judge in another PID namespace (another
// container sharing the cgroup parent) for a dead one.
#pragma once

#include <string>
#include <string_view>

namespace base {

// The calling process's token (recomputed after a fork).
const std::string& owner_token();

// True when `name` begins with an owner token of this PID namespace whose process no longer exists
// (pid gone or reused). Names that do not begin with such a token are never stale: not ours to
// judge.
bool is_stale_owner(std::string_view name);

}  // namespace base
