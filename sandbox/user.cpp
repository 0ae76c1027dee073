#include "sandbox/user.h"

#include <fcntl.h>
#include <grp.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <string>

#include "sandbox/error.h"
#include "base/file_io.h"

namespace sandbox::user {

void write_id_maps(pid_t child, const Plan& plan, uid_t host_init, uid_t host_box) {
  std::string proc = "/proc/" + std::to_string(child);
  base::write_file(proc + "/uid_map", "0 " + std::to_string(host_init) + " 1\n" +
                                          std::to_string(plan.box_uid) + " " +
                                          std::to_string(host_box) + " 1\n");
  base::write_file(proc + "/setgroups", "deny");
  base::write_file(proc + "/gid_map", "0 " + std::to_string(host_init) + " 1\n" +
                                          std::to_string(plan.box_gid) + " " +
                                          std::to_string(host_box) + " 1\n");
}

void drop_supplementary_groups() {
  // setgroups is denied inside the box, so whatever groups we hold would stay with it.
  if (::setgroups(0, nullptr) != 0) throw_errno("cannot drop supplementary groups");
  if (::getgroups(0, nullptr) != 0)
    throw SandboxError("supplementary groups remain after setgroups(0)");
}

namespace {

// Raw system calls: glibc's setresuid asks every thread of the process to switch too, and in a
// clone of a multithreaded judge it would wait forever for threads that do not exist here.
StepResult switch_to(uid_t uid, gid_t gid, ChildStep gid_step, ChildStep uid_step) {
  if (::syscall(SYS_setresgid, gid, gid, gid) != 0) return {.step = gid_step, .err = errno};
  if (::syscall(SYS_setresuid, uid, uid, uid) != 0) return {.step = uid_step, .err = errno};
  return {};
}

}  // namespace

StepResult become_init_user() {
  // Until here the child carries its creator's host ids (root), which pass DAC checks on the host's
  // root-owned files: switch before touching any path. Capabilities in the new namespace survive
  // because the old uid is not the namespace's root.
  return switch_to(0, 0, ChildStep::InitGid, ChildStep::InitUid);
}

StepResult become_box_user(const Plan& plan) {
  return switch_to(plan.box_uid, plan.box_gid, ChildStep::BoxGid, ChildStep::BoxUid);
}

}  // namespace sandbox::user
