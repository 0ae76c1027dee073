// Mount namespace: the box's root filesystem. An overlay of read-only layers over a base, with
// upper and work directories on a per-run tmpfs (the disk limit), then /dev, /proc and pivot_root.
#pragma once

#include <string>
#include <vector>

#include "sandbox/plan.h"
#include "sandbox/spec.h"

namespace sandbox::mnt {

// What the default base takes from the host: an allowlist, found once per process.
struct HostBase {
  // /bin, /lib... when they are symlinks into /usr: "bin" -> "usr/bin"
  struct UsrLink {
    std::string name;    // "bin"
    std::string target;  // "usr/bin"
  };
  std::vector<UsrLink> usr_links;
  std::vector<std::string>
      top_dirs;  // /bin, /lib... when they are real directories (non-merged /usr)
  struct Entry {
    std::string path;  // "/etc/ld.so.cache"
    bool is_dir;
  };
  // Bound read-only at the same path: /etc/ld.so.cache, /etc/alternatives, ..., /var/lib/ghc
  std::vector<Entry> entries;
};
HostBase discover_host_base();

// Appends the filesystem steps to `plan` (parent side). `first_source_fd` is the lowest fd number
// free in the child for Plan::sources. Throws SandboxError for a missing or invalid path.
void plan_root(const RunSpec& spec, const HostBase& host, int first_source_fd, Plan& plan);

// Child side, before dropping the judge's host uid: opens Plan::sources. Fails as OpenSource,
// with the index of the source as detail.
StepResult open_sources(const Plan& plan);
// Child side: runs the steps, then pivot_root into the new root. Fails as Mount (with the index of
// the mount step as detail, or -1) or PivotRoot.
StepResult apply(const Plan& plan);

}  // namespace sandbox::mnt
