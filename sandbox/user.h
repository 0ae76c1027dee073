// User namespace: the box's single uid/gid, mapped to a dedicated unprivileged host uid/gid.
#pragma once

#include <sys/types.h>

#include "sandbox/plan.h"

namespace sandbox::user {

// Parent: maps `plan.box_uid` to `host_uid` (and gid likewise) in the child's user namespace,
// denying setgroups. Throws SandboxError.
void write_id_maps(pid_t child, const Plan& plan, uid_t host_uid, gid_t host_gid);

// Parent, once per process: no supplementary groups, so none reaches a box (setgroups is denied there).
void drop_supplementary_groups();

// Child: switches to the box uid/gid. Returns 0 or errno; sets `step` on failure.
int become_box_user(const Plan& plan, ChildStep& step);

}  // namespace sandbox::user
