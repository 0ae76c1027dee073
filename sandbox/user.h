// User namespace: two ids inside, each mapped to a dedicated unprivileged host id: 0 for the box's
// init, 1000 for the program. Host gids are the same numbers as the uids.
#pragma once

#include <sys/types.h>

#include "sandbox/plan.h"

namespace sandbox::user {

// Parent: maps 0 to `host_init` and plan.box_uid to `host_box` (gids likewise) in the child's user
// namespace, denying setgroups. Throws SandboxError.
void write_id_maps(pid_t child, const Plan& plan, uid_t host_init, uid_t host_box);

// Parent, once per process: no supplementary groups, so none reaches a box (setgroups is denied
// there).
void drop_supplementary_groups();

// Child, init: switches to root of the box's namespace (the host ids it carried until now are the
// judge's). Fails as InitGid or InitUid.
StepResult become_init_user();
// Child, the program: switches to the box's user, keeping capabilities (SECBIT_NO_SETUID_FIXUP is
// set by then) so that caps::clear can drop them all. Fails as BoxGid or BoxUid.
StepResult become_box_user(const Plan& plan);

}  // namespace sandbox::user
