#include "sandbox/mnt.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/mount.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <set>

#include "base/glob.h"
#include "sandbox/error.h"

namespace sandbox::mnt {
namespace {

// Where the box's tmpfs is mounted before pivot_root: in the box's private mount namespace only.
// Paths the user names are opened before this mount hides anything (see plan_root).
constexpr const char* kStage = "/tmp";

constexpr const char* kTopLinks[] = {"bin", "sbin", "lib", "lib32", "lib64", "libx32"};
// What toolchains read from /etc: the loader's cache, the alternatives links (java, cc, ...),
// mono's DLL map (without it no library call of mono's resolves), and the JVM's configuration (its
// conf/ is a link into /etc). Each entry costs a bind per run.
constexpr const char* kEtcNames[] = {"ld.so.cache", "alternatives", "mono/config"};
constexpr const char* kEtcPatterns[] = {"java-*"};
// Package data outside /usr that a toolchain cannot do without, each bound alone (nothing else of
// /var): GHC's package database (Debian's /usr/lib/ghc/package.conf.d links to it).
constexpr const char* kVarDirs[] = {"/var/lib/ghc"};
constexpr const char* kDevices[] = {"null", "zero", "full", "random", "urandom"};

bool safe_box_path(const std::string& path) {
  if (path.empty() || path[0] != '/' || path == "/") return false;
  std::size_t pos = 0;
  while (pos < path.size()) {
    std::size_t next = path.find('/', pos + 1);
    std::string part =
        path.substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1);
    if (part == ".." || part == ".") return false;
    if (next == std::string::npos) break;
    pos = next;
  }
  return true;
}

// A host path the child opens first (see Plan::sources), as the path mount steps use for it.
// Checked here too, so that a typo is a clear error before any box exists.
std::string add_source(const std::string& host_path, const char* what, int first_fd, Plan& plan,
                       bool& is_dir) {
  if (host_path.empty() || host_path[0] != '/')
    throw SandboxError(std::string(what) + " '" + host_path + "' must be an absolute path");
  struct stat st {};
  if (::stat(host_path.c_str(), &st) != 0)
    throw_errno(std::string("cannot use ") + what + " '" + host_path + "'");
  is_dir = S_ISDIR(st.st_mode);
  int fd = first_fd + static_cast<int>(plan.sources.size());
  plan.sources.push_back({plan.keep(host_path), fd});
  return "/proc/self/fd/" + std::to_string(fd);
}

class Steps {
 public:
  explicit Steps(Plan& plan) : plan_(plan) {}
  const char* s(std::string text) { return plan_.keep(std::move(text)); }
  void add(MountStep step) { plan_.mounts.push_back(step); }
  void mount(const char* source, const std::string& target, const char* fstype, unsigned long flags,
             const std::string& data) {
    add({MountStep::Mount, source, s(target), fstype, flags, s(data)});
    dirs_.insert(target);
  }
  void bind(const std::string& source, const std::string& target, bool read_only) {
    MountStep step{MountStep::Bind, s(source), s(target)};
    step.read_only = read_only;
    add(step);
  }
  void bind_device(const std::string& source, const std::string& target) {
    MountStep step{MountStep::Bind, s(source), s(target)};
    step.read_only = false;
    step.device = true;
    add(step);
  }
  void mkdir(const std::string& target, unsigned mode = 0755, int owner = -1) {
    MountStep step{MountStep::Mkdir, nullptr, s(target)};
    step.mode = mode;
    step.owner = owner;
    add(step);
    dirs_.insert(target);
  }
  // Each level of `target` that no earlier step made, one mkdir each (0755; one that exists in a
  // lower layer is left as it is): the skeleton's entries share their parents, and a mkdir that
  // finds its directory there still costs a path walk.
  void mkdir_parents(const std::string& target) {
    for (std::size_t slash = target.find('/', 1); slash != std::string::npos;
         slash = target.find('/', slash + 1)) {
      std::string level = target.substr(0, slash);
      if (!dirs_.count(level)) mkdir(level);
    }
    if (!dirs_.count(target)) mkdir(target);
  }
  void touch(const std::string& target) {
    MountStep step{MountStep::Touch, nullptr, s(target)};
    step.mode = 0644;
    add(step);
  }
  void symlink(const std::string& link_target, const std::string& target) {
    add({MountStep::Symlink, s(link_target), s(target)});
  }
  void write_file(const std::string& target, const std::string& contents) {
    MountStep step{MountStep::WriteFile, s(contents), s(target)};
    step.mode = 0644;
    add(step);
  }
  // The box user's file, of any bytes.
  void write_owned(const std::string& target, const std::string& contents, int owner) {
    MountStep step{MountStep::WriteFile, s(contents), s(target)};
    step.mode = 0644;
    step.owner = owner;
    step.size = contents.size();
    add(step);
  }
  void remount_read_only(const std::string& target) {
    add({MountStep::RemountReadOnly, nullptr, s(target)});
  }

 private:
  Plan& plan_;
  std::set<std::string> dirs_;  // made or mounted on by an earlier step
};

// The skeleton: a per-run directory in the tmpfs, stacked under the layers and over an image base.
// Its root, /etc and /tmp belong to root inside the box (the box's init) and /box to the box's
// user, so that writing there never needs a copy-up of a directory whose host owner has no id
// inside the box (overlayfs refuses that, EOVERFLOW). For the host base it also holds the mount
// points of the allowlist and links into /usr.
void plan_skeleton(const HostBase* host, const Plan& plan, const std::string& hostname,
                   Steps& steps, const std::string& base) {
  steps.mkdir(base);
  for (const char* dir : {"etc", "dev", "proc"}) steps.mkdir(base + "/" + dir);
  steps.mkdir(base + "/box", 0755, static_cast<int>(plan.box_uid));
  steps.mkdir(base + "/tmp", 01777);
  std::string uid = std::to_string(plan.box_uid), gid = std::to_string(plan.box_gid);
  steps.write_file(base + "/etc/passwd",
                   "root:x:0:0:root:/root:/usr/sbin/nologin\n"
                   "box:x:" +
                       uid + ":" + gid +
                       ":box:/box:/bin/sh\n"
                       "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n");
  steps.write_file(base + "/etc/group", "root:x:0:\nbox:x:" + gid + ":\nnogroup:x:65534:\n");
  steps.write_file(base + "/etc/hosts", "127.0.0.1\tlocalhost " + hostname + "\n::1\tlocalhost\n");
  steps.write_file(base + "/etc/hostname", hostname + "\n");
  if (!host) return;
  steps.mkdir(base + "/usr");
  for (const HostBase::UsrLink& link : host->usr_links)
    steps.symlink(link.target, base + "/" + link.name);
  for (const std::string& dir : host->top_dirs) steps.mkdir(base + "/" + dir);
  for (const HostBase::Entry& entry : host->entries) {
    std::string target = base + entry.path;
    steps.mkdir_parents(target.substr(0, target.rfind('/')));  // /etc/mono, /var/lib
    entry.is_dir ? steps.mkdir(target) : steps.touch(target);
  }
}

void plan_dev(Steps& steps, const std::string& root) {
  std::string dev = root + "/dev";
  steps.mount("tmpfs", dev, "tmpfs", MS_NOSUID | MS_NOEXEC, "size=64k,nr_inodes=64,mode=0755");
  for (const char* name : kDevices) {
    steps.touch(dev + "/" + name);
    steps.bind_device(std::string("/dev/") + name, dev + "/" + name);
  }
  steps.symlink("/proc/self/fd", dev + "/fd");
  steps.symlink("/proc/self/fd/0", dev + "/stdin");
  steps.symlink("/proc/self/fd/1", dev + "/stdout");
  steps.symlink("/proc/self/fd/2", dev + "/stderr");
  // POSIX shared memory and semaphores live in /tmp: inside the disk limit, not a tmpfs of their
  // own.
  steps.symlink("/tmp", dev + "/shm");
  steps.remount_read_only(dev);
}

// The host paths the user named, as mount steps' paths (see add_source).
struct UserSources {
  std::vector<std::string> layers;
  std::string base;  // empty without a base directory
  struct BindSource {
    std::string path;
    bool is_dir;
  };
  std::vector<BindSource> binds;  // one per RunSpec bind, in order
};

// Every host path the user named is opened before the first mount can hide one of them.
UserSources add_user_sources(const Rootfs& rootfs, int first_fd, Plan& plan) {
  UserSources sources;
  for (const std::string& layer : rootfs.layers) {
    bool is_dir = false;
    sources.layers.push_back(add_source(layer, "layer", first_fd, plan, is_dir));
    if (!is_dir) throw SandboxError("layer '" + layer + "' is not a directory");
  }
  if (rootfs.base_dir) {
    bool is_dir = false;
    sources.base = add_source(*rootfs.base_dir, "base directory", first_fd, plan, is_dir);
    if (!is_dir) throw SandboxError("base directory '" + *rootfs.base_dir + "' is not a directory");
  }
  for (const Bind& b : rootfs.binds) {
    if (!safe_box_path(b.box))
      throw SandboxError("bind target '" + b.box +
                         "' must be an absolute path without '.' or '..' and not /");
    bool is_dir = false;
    std::string path = add_source(b.host, "bind source", first_fd, plan, is_dir);
    sources.binds.push_back({path, is_dir});
  }
  return sources;
}

// The writable layer: a tmpfs whose size is the disk limit, with the overlay's directories.
void plan_stage(Steps& steps, const std::string& stage, const Limits& limits) {
  // An inode costs kernel memory (about 2 KiB with its dentry): one per 16 KiB of disk keeps a
  // box that only creates empty files far from its memory limit.
  std::uint64_t inodes = std::clamp<std::uint64_t>(limits.disk / 16384, 1024, 1u << 16);
  steps.mount("tmpfs", stage, "tmpfs", MS_NOSUID | MS_NODEV,
              "size=" + std::to_string(limits.disk) + ",nr_inodes=" + std::to_string(inodes) +
                  ",mode=0755");
  for (const char* dir : {"upper", "work", "root"}) steps.mkdir(stage + "/" + dir);
}

// The root: the layers, topmost first, over the skeleton, over the image base if there is one.
void plan_overlay(const RunSpec& spec, const HostBase& host, const UserSources& sources,
                  const std::string& stage, const std::string& root, Plan& plan, Steps& steps) {
  std::string lowers;
  for (const std::string& layer : sources.layers) lowers += layer + ":";
  plan_skeleton(spec.rootfs.base_dir ? nullptr : &host, plan, spec.hostname, steps,
                stage + "/base");
  lowers += stage + "/base";
  if (spec.rootfs.base_dir) lowers += ":" + sources.base;
  steps.mount(
      "overlay", root, "overlay", MS_NOSUID | MS_NODEV,
      "lowerdir=" + lowers + ",upperdir=" + stage + "/upper,workdir=" + stage + "/work,userxattr");
}

// The host base: the allowlist bound read-only onto the mount points of the skeleton.
void plan_host_allowlist(const HostBase& host, bool mask_usr_local, const std::string& root,
                         Steps& steps) {
  steps.bind("/usr", root + "/usr", true);
  if (mask_usr_local && ::access("/usr/local", F_OK) == 0)
    steps.mount("tmpfs", root + "/usr/local", "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV,
                "size=4k,mode=0755");
  for (const std::string& dir : host.top_dirs) steps.bind("/" + dir, root + "/" + dir, true);
  for (const HostBase::Entry& entry : host.entries) steps.bind(entry.path, root + entry.path, true);
}

// The user's binds, each onto a mount point made for it: a directory, or a file for a file.
void plan_binds(const std::vector<Bind>& binds, const std::vector<UserSources::BindSource>& sources,
                const std::string& root, Steps& steps) {
  for (std::size_t i = 0; i < binds.size(); ++i) {
    const Bind& b = binds[i];
    std::string target = root + b.box;
    if (sources[i].is_dir) {
      steps.mkdir_parents(target);
    } else {
      steps.mkdir_parents(target.substr(0, target.rfind('/')));
      steps.touch(target);
    }
    steps.bind(sources[i].path, target, !b.writable);
  }
}

}  // namespace

HostBase discover_host_base() {
  HostBase host;
  for (const char* name : kTopLinks) {
    std::string path = std::string("/") + name;
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) continue;
    if (S_ISLNK(st.st_mode)) {
      char target[PATH_MAX];
      ssize_t n = ::readlink(path.c_str(), target, sizeof target - 1);
      if (n <= 0) continue;
      host.usr_links.push_back({name, std::string(target, static_cast<std::size_t>(n))});
    } else if (S_ISDIR(st.st_mode)) {
      host.top_dirs.push_back(name);
    }
  }
  std::vector<std::string> names(std::begin(kEtcNames), std::end(kEtcNames));
  if (DIR* etc = ::opendir("/etc")) {
    while (dirent* entry = ::readdir(etc)) {
      for (const char* pattern : kEtcPatterns)
        if (base::glob_match(pattern, entry->d_name)) names.emplace_back(entry->d_name);
    }
    ::closedir(etc);
  }
  std::sort(names.begin(), names.end());
  std::vector<std::string> paths;
  for (const std::string& name : names) paths.push_back("/etc/" + name);
  paths.insert(paths.end(), std::begin(kVarDirs), std::end(kVarDirs));
  // What this host lacks (no mono, no ghc) is left out without a word.
  for (const std::string& path : paths) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && (S_ISDIR(st.st_mode) || S_ISREG(st.st_mode)))
      host.entries.push_back({path, S_ISDIR(st.st_mode)});
  }
  return host;
}

namespace {

// RunSpec::seed into the box's /box (its tmpfs), checked here so that a bad name is a clear error.
void plan_seed(const std::vector<SeedFile>& seed, const std::string& root, int owner,
               Steps& steps) {
  std::uint64_t total = 0;
  for (const SeedFile& f : seed) {
    if (f.name.empty() || f.name == "." || f.name == ".." ||
        f.name.find('/') != std::string::npos || f.name.find('\0') != std::string::npos)
      throw SandboxError("seed file name '" + f.name + "' is not a plain file name");
    total += f.contents.size();
    if (total > kMaxSeedBytes)
      throw SandboxError("seed files larger than " + std::to_string(kMaxSeedBytes) + " bytes");
    steps.write_owned(root + "/box/" + f.name, f.contents, owner);
  }
}

}  // namespace

void plan_root(const RunSpec& spec, const HostBase& host, int first_source_fd, Plan& plan) {
  Steps steps(plan);
  const std::string stage = kStage;
  const std::string root = stage + "/root";
  UserSources sources = add_user_sources(spec.rootfs, first_source_fd, plan);
  plan_stage(steps, stage, spec.limits);
  plan_overlay(spec, host, sources, stage, root, plan, steps);
  if (!spec.rootfs.base_dir) plan_host_allowlist(host, spec.rootfs.mask_usr_local, root, steps);
  plan_binds(spec.rootfs.binds, sources.binds, root, steps);
  plan_seed(spec.seed, root, static_cast<int>(plan.box_uid), steps);
  plan_dev(steps, root);
  steps.mount("proc", root + "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, "");
  plan.new_root = plan.keep(root);
}

// ---- child side: no allocation below ----

namespace {

// statfs, not statvfs: older glibc's statvfs reads /proc/mounts with stdio (locks, malloc).
unsigned long locked_flags(const char* path) {
  struct statfs st {};
  if (::statfs(path, &st) != 0) return 0;
  unsigned long flags = 0;
  if (st.f_flags & ST_NOSUID) flags |= MS_NOSUID;
  if (st.f_flags & ST_NODEV) flags |= MS_NODEV;
  if (st.f_flags & ST_NOEXEC) flags |= MS_NOEXEC;
  if (st.f_flags & ST_NOATIME) flags |= MS_NOATIME;
  if (st.f_flags & ST_NODIRATIME) flags |= MS_NODIRATIME;
  if (st.f_flags & ST_RELATIME) flags |= MS_RELATIME;
  return flags;
}

int remount_read_only(const char* target) {
  unsigned long flags =
      MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV | locked_flags(target);
  return ::mount(nullptr, target, nullptr, flags, nullptr) == 0 ? 0 : errno;
}

// A bind brings the mounts below its source along (in a user namespace it must: they are locked
// to it). Make the whole tree nosuid and nodev, and read-only when asked; before Linux 5.12 only
// the top mount can be changed.
int restrict_tree(const char* target, bool read_only) {
  struct mount_attr attr {};
  attr.attr_set = MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV | (read_only ? MOUNT_ATTR_RDONLY : 0);
  if (::syscall(SYS_mount_setattr, AT_FDCWD, target, AT_RECURSIVE, &attr, sizeof attr) == 0)
    return 0;
  if (errno != ENOSYS) return errno;
  if (read_only) return remount_read_only(target);
  unsigned long flags = MS_REMOUNT | MS_BIND | MS_NOSUID | MS_NODEV | locked_flags(target);
  return ::mount(nullptr, target, nullptr, flags, nullptr) == 0 ? 0 : errno;
}

// A seed file may be larger than one write takes.
bool write_all(int fd, const char* data, std::size_t len) {
  while (len > 0) {
    ssize_t n = ::write(fd, data, len);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    len -= static_cast<std::size_t>(n);
  }
  return true;
}

int run_step(const MountStep& s) {
  switch (s.kind) {
    case MountStep::Mount:
      return ::mount(s.source, s.target, s.fstype, s.flags, s.data) == 0 ? 0 : errno;
    case MountStep::Bind:
      if (s.device) return ::mount(s.source, s.target, nullptr, MS_BIND, nullptr) == 0 ? 0 : errno;
      if (::mount(s.source, s.target, nullptr, MS_BIND | MS_REC, nullptr) != 0) return errno;
      return restrict_tree(s.target, s.read_only);
    case MountStep::Mkdir:
      if (::mkdir(s.target, s.mode) != 0 && errno != EEXIST) return errno;
      if (s.owner >= 0 &&
          ::chown(s.target, static_cast<uid_t>(s.owner), static_cast<gid_t>(s.owner)) != 0)
        return errno;
      return 0;
    case MountStep::Touch: {
      int fd = ::open(s.target, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, s.mode);
      if (fd < 0) return errno;
      ::close(fd);
      return 0;
    }
    case MountStep::Symlink: return ::symlink(s.source, s.target) == 0 ? 0 : errno;
    case MountStep::WriteFile: {
      int fd = ::open(s.target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, s.mode);
      if (fd < 0) return errno;
      std::size_t len = s.size ? s.size : std::strlen(s.source);
      bool written = write_all(fd, s.source, len);
      int err = s.owner >= 0 &&
                        ::fchown(fd, static_cast<uid_t>(s.owner), static_cast<gid_t>(s.owner)) != 0
                    ? errno
                    : 0;
      ::close(fd);
      return err ? err : written ? 0 : EIO;
    }
    case MountStep::RemountReadOnly: return remount_read_only(s.target);
  }
  return EINVAL;
}

}  // namespace

StepResult open_sources(const Plan& plan) {
  for (std::size_t i = 0; i < plan.sources.size(); ++i) {
    int fd = ::open(plan.sources[i].path, O_PATH | O_CLOEXEC);
    if (fd < 0 || (fd != plan.sources[i].fd && ::dup3(fd, plan.sources[i].fd, O_CLOEXEC) < 0))
      return {.step = ChildStep::OpenSource, .err = errno, .detail = static_cast<int>(i)};
    if (fd != plan.sources[i].fd) ::close(fd);
  }
  return {};
}

StepResult apply(const Plan& plan) {
  auto failed = [](ChildStep step, int err, int index = -1) {
    return StepResult{.step = step, .err = err, .detail = index};
  };
  // Nothing done here may propagate back to the host's mounts.
  if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
    return failed(ChildStep::Mount, errno);
  for (std::size_t i = 0; i < plan.mounts.size(); ++i) {
    if (int err = run_step(plan.mounts[i]))
      return failed(ChildStep::Mount, err, static_cast<int>(i));
  }
  // pivot_root(".", ".") stacks the old root on top of the new one; detaching "." then drops it.
  if (::chdir(plan.new_root) != 0 || ::syscall(SYS_pivot_root, ".", ".") != 0 ||
      ::umount2(".", MNT_DETACH) != 0 || ::chdir("/") != 0)
    return failed(ChildStep::PivotRoot, errno);
  return {};
}

}  // namespace sandbox::mnt
