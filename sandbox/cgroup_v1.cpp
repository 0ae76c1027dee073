// cgroup v1: every controller may be a separate hierarchy (/sys/fs/cgroup/<controller>), so a box
// has one directory per hierarchy it joins, all with the same name. What differs from v2 is here:
// the hierarchies, joining by moving itself, the accounting files; the limits are written by
// cgroup_resources.cpp.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <set>

#include "sandbox/cgroup_internal.h"
#include "sandbox/error.h"
#include "base/file_io.h"
#include "sandbox/mountinfo.h"

namespace sandbox {
namespace {

using namespace cgroup_detail;

// cpuacct, for CPU accounting, then the controllers limits are written to.
std::vector<std::string> hierarchy_names() {
  std::vector<std::string> names{"cpuacct"};
  for (Controller c : kControllers) names.emplace_back(controller_name(c, Version::V1));
  return names;
}

struct Hierarchy {
  std::string mount;        // e.g. /sys/fs/cgroup/memory
  std::string parent;       // mount + root, where box cgroups are created
  std::string cpuset_mems;  // cpuset hierarchy only: what a new box copies
  bool prepared = false;    // the parent exists (as far as we know), made or found by this process
  bool created = false;     // the parent is ours to remove
};

using Chosen = std::map<Controller, const Hierarchy*>;

class V1Box : public BoxCgroup {
 public:
  // `chosen`: the hierarchy of each controller the box joins; `cpuset_mems`: what its cpuset
  // directory copies (when it joins cpuset).
  V1Box(std::string name, std::vector<const Hierarchy*> joined, const Hierarchy* cpuacct,
        Chosen chosen, std::string cpuset_mems)
      : name_(std::move(name)),
        joined_(std::move(joined)),
        cpuacct_(cpuacct),
        chosen_(std::move(chosen)),
        memory_(of(Controller::Memory)),
        pids_(of(Controller::Pids)),
        blkio_(of(Controller::Io)),
        cpuset_mems_(std::move(cpuset_mems)) {}

  // Safe after a creation that failed half way: only what exists is killed and removed.
  ~V1Box() override {
    kill_all();
    for (const Hierarchy* h : joined_)
      if (made_.count(h)) remove_dir(path(h));
  }

  void made(const Hierarchy* h) { made_.insert(h); }

  void open_dirs() {
    for (const Hierarchy* h : joined_) {
      dirs_[h] = open_dir(path(h));
      base::UniqueFd tasks(::openat(dir(h), "tasks", O_WRONLY | O_NOFOLLOW | O_CLOEXEC));
      if (!tasks) throw_errno("cannot open " + path(h) + "/tasks");
      tasks_fds_.push_back(std::move(tasks));
    }
    auto open_counter = [&](const char* file) {
      base::UniqueFd fd(::openat(dir(cpuacct_), file, O_RDONLY | O_CLOEXEC));
      if (!fd) throw_errno("cannot open " + path(cpuacct_) + "/" + file);
      return fd;
    };
    usage_fd_ = open_counter("cpuacct.usage");
    user_fd_ = open_counter("cpuacct.usage_user");
    sys_fd_ = open_counter("cpuacct.usage_sys");
  }

  std::string path(const Hierarchy* h) const { return h->parent + "/" + name_; }
  int dir(const Hierarchy* h) const { return dirs_.at(h).get(); }

  // The box's init moves itself: a thread that writes "0" to `tasks` moves only itself, and the
  // kernel then skips the global threadgroup lock that a write to cgroup.procs takes, whose write
  // side waits for an RCU grace period: 7-23 ms per run measured here, when no other move happened
  // just before. The box's init is one thread when it moves. The kernel checks the permission of
  // the opener of the file (root). v1 has no CLONE_INTO_CGROUP, and cpuacct is always joined, so
  // there is always a fd here and the judge never attaches a v1 box itself.
  CgroupJoin join() const override {
    CgroupJoin join;
    for (const base::UniqueFd& fd : tasks_fds_) join.self_join_fds.push_back(fd.get());
    return join;
  }

  std::uint64_t cpu_usage_us() override {
    char buf[32];
    ssize_t n = ::pread(usage_fd_.get(), buf, sizeof buf - 1, 0);
    if (n <= 0) return 0;
    buf[n] = '\0';
    return std::strtoull(buf, nullptr, 10) / 1000;
  }

  // cpuacct.usage is exact; usage_user and usage_sys are sampled at each tick.
  std::vector<int> cpu_counter_fds() const override {
    return {usage_fd_.get(), user_fd_.get(), sys_fd_.get()};
  }

  CpuUsage parse_cpu_counters(const std::vector<std::string_view>& texts) const override {
    CpuUsage usage;
    if (texts.size() != 3) return usage;
    auto us = [](std::string_view ns) {
      return std::strtoull(std::string(ns).c_str(), nullptr, 10) / 1000;
    };
    return {us(texts[0]), us(texts[1]), us(texts[2])};
  }

  CgroupAccounting accounting() override {
    CgroupAccounting a;
    std::string total, user, sys;
    base::pread_all(usage_fd_.get(), total);
    base::pread_all(user_fd_.get(), user);
    base::pread_all(sys_fd_.get(), sys);
    a.cpu = parse_cpu_counters({total, user, sys});
    if (memory_) {
      if (auto peak = base::read_file_at(dir(memory_), "memory.max_usage_in_bytes"))
        a.memory_peak = std::strtoull(peak->c_str(), nullptr, 10);
      if (auto oom = base::read_file_at(dir(memory_), "memory.oom_control"))
        a.oom_killed = base::keyed_value(*oom, "oom_kill").value_or(0) > 0;
    }
    if (pids_) {
      if (auto peak = base::read_file_at(dir(pids_), "pids.peak"))
        a.pids_peak = std::strtoull(peak->c_str(), nullptr, 10);
    }
    if (blkio_) {
      if (auto io = base::read_file_at(dir(blkio_), "blkio.throttle.io_service_bytes_recursive")) {
        std::uint64_t read = 0, write = 0;
        std::size_t pos = 0;
        while (pos < io->size()) {
          std::size_t eol = io->find('\n', pos);
          if (eol == std::string::npos) eol = io->size();
          std::string line = io->substr(pos, eol - pos);
          pos = eol + 1;
          auto sp1 = line.find(' ');
          auto sp2 = sp1 == std::string::npos ? sp1 : line.find(' ', sp1 + 1);
          if (sp2 == std::string::npos) continue;
          std::string op = line.substr(sp1 + 1, sp2 - sp1 - 1);
          std::uint64_t value = std::strtoull(line.c_str() + sp2 + 1, nullptr, 10);
          if (op == "Read") read += value;
          if (op == "Write") write += value;
        }
        a.io_read_bytes = read;
        a.io_write_bytes = write;
      }
    }
    return a;
  }

  void kill_all() override {
    const Hierarchy* h = pids_ ? pids_ : cpuacct_;
    if (auto it = dirs_.find(h); it != dirs_.end()) kill_procs_until_empty(it->second.get());
  }

  void write_limits(const Limits& limits) override {
    auto dir_of = [&](Controller c) -> std::optional<ControllerDir> {
      const Hierarchy* h = of(c);
      if (!h) return std::nullopt;
      return ControllerDir{Version::V1, dir(h), path(h)};
    };
    write_resources(dir_of, limits, cpuset_mems_);
  }

 private:
  const Hierarchy* of(Controller c) const {
    auto it = chosen_.find(c);
    return it == chosen_.end() ? nullptr : it->second;
  }

  std::string name_;
  std::vector<const Hierarchy*> joined_;
  const Hierarchy* cpuacct_;
  Chosen chosen_;
  const Hierarchy *memory_, *pids_, *blkio_;
  std::string cpuset_mems_;
  std::map<const Hierarchy*, base::UniqueFd> dirs_;
  std::set<const Hierarchy*> made_;
  base::UniqueFd usage_fd_, user_fd_, sys_fd_;
  std::vector<base::UniqueFd> tasks_fds_;  // one per joined hierarchy, see join()
};

class V1Backend : public CgroupBackend {
 public:
  V1Backend(const CgroupOptions& options, const std::vector<MountEntry>& mounts)
      : user_root_(options.root.has_value()) {
    std::string root = options.root.value_or("/judge");
    if (root.empty() || root[0] != '/') root = "/" + root;
    for (const MountEntry& m : mounts) {
      if (m.fstype != "cgroup") continue;
      for (const std::string& c : hierarchy_names()) {
        if (!m.has_super_option(c) || hierarchies_.count(c)) continue;
        auto [it, fresh] = by_mount_.try_emplace(
            m.mount_point, Hierarchy{m.mount_point, m.mount_point + root, "", false});
        hierarchies_[c] = &it->second;
      }
    }
    if (!hierarchies_.count("cpuacct"))
      throw SandboxError("cgroup v1: the cpuacct controller is not mounted");
  }

  // The parents go when we do, unless another judge's boxes are in them (rmdir fails; that judge
  // removes them later, and one that finds them gone makes them again). A parent the user named
  // goes only if we made it. Parents are made when a box first needs them: a run of the CLI
  // joins three hierarchies of six, and each parent costs a mkdir and an rmdir.
  ~V1Backend() override {
    for (auto& [mount, h] : by_mount_)
      if (h.prepared && (h.created || !user_root_)) ::rmdir(h.parent.c_str());
  }

  std::string_view version() const override { return "v1"; }

  std::vector<std::string> controllers() const override {
    std::vector<std::string> out;
    for (const auto& [c, h] : hierarchies_) out.push_back(c);
    return out;
  }

  std::string parent_path() const override { return hierarchies_.at("cpuacct")->parent; }

  std::unique_ptr<BoxCgroup> create(const std::string& name, const Limits& limits) override {
    require_controllers(
        Version::V1, limits, [&](Controller c) { return find(controller_name(c, Version::V1)); },
        "is not mounted");
    std::unique_ptr<BoxCgroup> box = make_box(name, hierarchies_for(limits));
    box->write_limits(limits);
    return box;
  }

  std::unique_ptr<BoxCgroup> create_ahead(const std::string& name) override {
    return make_box(name, hierarchies_for({}));
  }

  bool fits_ahead(const Limits& limits) const override {
    const Chosen always = hierarchies_for({});
    for (const Need& need : needed_controllers(limits))
      if (!always.count(need.controller)) return false;
    return true;
  }

  void remove_stale() override {
    for (auto& [mount, h] : by_mount_) {
      for (const std::string& name : stale_children(h.parent)) {
        std::string path = h.parent + "/" + name;
        base::UniqueFd dir(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (dir) kill_procs_until_empty(dir.get());
        remove_dir(path);
      }
    }
  }

 private:
  const Hierarchy* find(const std::string& controller) const {
    auto it = hierarchies_.find(controller);
    return it == hierarchies_.end() ? nullptr : it->second;
  }

  // The box's directories, one per hierarchy it joins (cpuacct and `chosen`), no limit written.
  std::unique_ptr<BoxCgroup> make_box(const std::string& name, const Chosen& chosen) {
    auto of = [&](Controller c) { return chosen.count(c) ? chosen.at(c) : nullptr; };
    std::vector<const Hierarchy*> joined;
    for (const Hierarchy* h : {find("cpuacct"), of(Controller::Memory), of(Controller::Pids),
                               of(Controller::Cpu), of(Controller::Cpuset), of(Controller::Io)})
      if (h && std::find(joined.begin(), joined.end(), h) == joined.end()) joined.push_back(h);

    prepare_parents(joined, false);
    auto box = std::make_unique<V1Box>(name, joined, find("cpuacct"), chosen,
                                       of(Controller::Cpuset) ? cpuset_mems() : "");
    for (const Hierarchy* h : joined) {
      make_box_dir(box->path(h), [&] { prepare_parents({h}, true); });
      box->made(h);  // when a mkdir throws, `box` removes the directories made before it
    }
    box->open_dirs();
    return box;
  }

  // The hierarchies a box joins, by controller: memory and pids whenever mounted (their peaks are
  // reported), the others only when a limit needs them. Each hierarchy joined costs a mkdir, an
  // attach and an rmdir per run; and reading /usr comes from the page cache and /tmp is memory,
  // so a box's block IO is nearly always nil: blkio only with a throttle.
  Chosen hierarchies_for(const Limits& limits) const {
    Chosen chosen;
    for (Controller c : {Controller::Memory, Controller::Pids})
      if (const Hierarchy* h = find(controller_name(c, Version::V1))) chosen[c] = h;
    for (const Need& need : needed_controllers(limits))
      chosen[need.controller] = find(controller_name(need.controller, Version::V1));
    return chosen;
  }

  std::string cpuset_mems() {
    std::lock_guard lock(mutex_);
    return find("cpuset")->cpuset_mems;
  }

  void prepare_parents(const std::vector<const Hierarchy*>& needed, bool again) {
    std::lock_guard lock(mutex_);
    const Hierarchy* cpuset = find("cpuset");
    for (const Hierarchy* wanted : needed) {
      Hierarchy& h = by_mount_.at(wanted->mount);
      if (h.prepared && !again) continue;
      prepare_with_retries([&] {
        h.created = make_dirs(h.parent) || h.created;
        if (cpuset == &h) inherit_cpuset(h);
        h.prepared = true;
      });
    }
  }

  // A new cpuset cgroup starts with no CPUs and no memory nodes; the parent we own copies the
  // root's.
  static void inherit_cpuset(Hierarchy& h) {
    base::UniqueFd parent = open_dir(h.parent);
    base::UniqueFd root = open_dir(h.mount);
    for (const char* file : {"cpuset.cpus", "cpuset.mems"}) {
      auto mine = base::read_file_at(parent.get(), file);
      if (mine && mine->find_first_not_of(" \n") != std::string::npos) continue;
      auto value = base::read_file_at(root.get(), file);
      if (value) base::write_file_at(parent.get(), file, *value, h.parent);
    }
    h.cpuset_mems = base::read_file_at(parent.get(), "cpuset.mems").value_or("0");
  }

  bool user_root_;
  std::mutex mutex_;
  std::map<std::string, Hierarchy> by_mount_;
  std::map<std::string, Hierarchy*> hierarchies_;  // controller -> its hierarchy
};

}  // namespace

std::unique_ptr<CgroupBackend> cgroup_detail::make_cgroup_v1(const CgroupOptions& options) {
  return std::make_unique<V1Backend>(options, read_mountinfo());
}

std::unique_ptr<CgroupBackend> cgroup_detail::make_cgroup_v1(
    const CgroupOptions& options, const std::vector<MountEntry>& mounts) {
  return std::make_unique<V1Backend>(options, mounts);
}

}  // namespace sandbox
