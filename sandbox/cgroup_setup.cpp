// Setup: the stages of making a box's cgroup that both versions share: checking the controllers
// the limits need, preparing the parent, making the box's directory, the box entering it.
#include <sys/stat.h>

#include <cerrno>

#include "sandbox/cgroup_internal.h"
#include "sandbox/error.h"
#include "base/file_io.h"

namespace sandbox {

void CgroupJoin::attach_unless_born(pid_t pid, bool born_in_cgroup) const {
  // Only a box that could have been born in the cgroup (v2) is attached: a v1 box moves itself.
  if (born_in_cgroup || clone_into_fd < 0) return;
  base::write_file_at(clone_into_fd, "cgroup.procs", std::to_string(pid), path);
}

}  // namespace sandbox

namespace sandbox::cgroup_detail {

void require_controllers(Version version, const Limits& limits,
                         const std::function<bool(Controller)>& usable,
                         const std::string& missing) {
  for (const Need& need : needed_controllers(limits)) {
    if (usable(need.controller)) continue;
    throw SandboxError(std::string(version == Version::V1 ? "cgroup v1" : "cgroup v2") + ": the " +
                       controller_name(need.controller, version) + " controller " + missing +
                       "; needed for " + need.why);
  }
}

void prepare_with_retries(const std::function<void()>& prepare) {
  for (int attempt = 1;; ++attempt) {
    try {
      prepare();
      return;
    } catch (const base::Error&) {
      if (attempt == 5) throw;
    }
  }
}

void make_box_dir(const std::string& path, const std::function<void()>& remake_parent) {
  if (::mkdir(path.c_str(), 0755) == 0) return;
  if (errno == ENOENT) {
    remake_parent();
    if (::mkdir(path.c_str(), 0755) == 0) return;
  }
  throw_errno("cannot create cgroup " + path);
}

}  // namespace sandbox::cgroup_detail
