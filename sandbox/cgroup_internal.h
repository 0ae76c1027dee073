// Private to the cgroup_* files: what both backends share, by stage (like crun's cgroup-*.c):
//   setup      (cgroup_setup.cpp)      controller checks, making the parent and box directories
//   resources  (cgroup_resources.cpp)  one writer per controller, for v1 and v2 side by side
//   utils      (cgroup_utils.cpp)      directories, processes, removal, stale sweeps
// The version files keep only what differs: hierarchy layout, accounting, killing.
#pragma once

#include <sys/types.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sandbox/cgroup.h"
#include "base/fd.h"
#include "sandbox/mountinfo.h"
#include "sandbox/spec.h"

namespace sandbox::cgroup_detail {

enum class Version { V1, V2 };

// The controllers limits are written to. v1 also always joins cpuacct, for CPU accounting.
enum class Controller { Memory, Pids, Cpu, Cpuset, Io };
inline constexpr Controller kControllers[] = {Controller::Memory, Controller::Pids, Controller::Cpu,
                                              Controller::Cpuset, Controller::Io};

// ---- resources (cgroup_resources.cpp) ----

// As the kernel names it: Io is "blkio" in v1 and "io" in v2.
const char* controller_name(Controller controller, Version version);

// A controller that `limits` needs, and what for (the end of the error when it is missing).
struct Need {
  Controller controller;
  const char* why;
};
std::vector<Need> needed_controllers(const Limits& limits);

// A box's directory in the hierarchy that carries a controller (on v2, the box's one directory).
struct ControllerDir {
  Version version;
  int fd;
  std::string path;  // for messages
};
// The box's directory for `controller`; nullopt when the box has not joined that controller.
using DirOf = std::function<std::optional<ControllerDir>(Controller)>;
// Writes every limit of `limits` with the writers below. `v1_cpuset_mems`: what a v1 cpuset box
// copies from its parent (a new v1 cpuset cgroup has no memory nodes); unused on v2.
void write_resources(const DirOf& dir_of, const Limits& limits, const std::string& v1_cpuset_mems);

void write_memory(const ControllerDir& dir, std::optional<std::uint64_t> bytes);
void write_pids(const ControllerDir& dir, std::uint32_t pids);
void write_cpu_bandwidth(const ControllerDir& dir, double cpus);
void write_cpu_weight(const ControllerDir& dir, std::uint32_t weight);
void write_cpuset(const ControllerDir& dir, const std::string& cpus,
                  const std::string& v1_cpuset_mems);
void write_io(const ControllerDir& dir, const Limits::IoThrottle& io);

// ---- setup (cgroup_setup.cpp) ----

// Throws SandboxError "cgroup vN: the C controller <missing>; needed for WHY" for the first
// controller `limits` needs that `usable` says is not there.
void require_controllers(Version version, const Limits& limits,
                         const std::function<bool(Controller)>& usable, const std::string& missing);
// Another judge leaving may remove an empty parent at any moment: runs `prepare` again from the
// start, up to 5 times, and rethrows the last SandboxError.
void prepare_with_retries(const std::function<void()>& prepare);
// mkdir of a box's directory. When the parent is gone (another judge that had created it removed
// it on exit), calls `remake_parent` and tries once more. Throws SandboxError.
void make_box_dir(const std::string& path, const std::function<void()>& remake_parent);

// ---- utils (cgroup_utils.cpp) ----

// mkdir -p; existing directories are fine. True when `path` itself was created now.
bool make_dirs(const std::string& path);
base::UniqueFd open_dir(const std::string& path);

// PIDs listed in DIR/cgroup.procs.
std::vector<pid_t> procs_of(int dirfd);
// SIGKILLs every process listed in cgroup.procs until it stays empty (bounded tries).
bool kill_procs_until_empty(int dirfd);
// rmdir with a short retry: a cgroup stays busy for a moment after its last process is reaped.
bool remove_dir(const std::string& path);
// Child directories of `parent` whose names mark a dead owner (see owner.h).
std::vector<std::string> stale_children(const std::string& parent);
// Space- or newline-separated words (cgroup.controllers, io.stat).
std::vector<std::string> words(const std::string& text);
bool contains(const std::vector<std::string>& list, const std::string& word);

// ---- the backends (cgroup_v1.cpp, cgroup_v2.cpp), chosen in cgroup_backend.cpp ----

std::unique_ptr<CgroupBackend> make_cgroup_v1(const CgroupOptions& options);
std::unique_ptr<CgroupBackend> make_cgroup_v2(const CgroupOptions& options);
// The same, from the host's mounts as already read (the detection read them: a read of
// /proc/self/mountinfo costs ~0.1 ms, paid once per judge command).
std::unique_ptr<CgroupBackend> make_cgroup_v1(const CgroupOptions& options,
                                              const std::vector<MountEntry>& mounts);
std::unique_ptr<CgroupBackend> make_cgroup_v2(const CgroupOptions& options,
                                              const std::vector<MountEntry>& mounts);

}  // namespace sandbox::cgroup_detail
