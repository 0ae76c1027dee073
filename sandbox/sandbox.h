// The sandbox: runs one command in fresh namespaces over a read-only base, under cgroup limits.
// It knows nothing about judging. Thread-safe: concurrent run() calls use separate boxes.
#pragma once

#include <sys/types.h>

#include <memory>
#include <string>

#include "sandbox/cgroup_host.h"
#include "sandbox/result.h"
#include "sandbox/spec.h"

namespace sandbox {

struct SandboxOptions {
  CgroupOptions cgroup;
  std::string state_dir = "/run/judge";  // slot locks
  uid_t host_id_base =
      60000000;  // box N: its init runs as host uid/gid base+2N, the program base+2N+1
  unsigned max_boxes = 256;
  // Network namespaces kept ready for runs with RunSpec::loopback (NetnsPool, at most 16): about
  // the runs that start at once (judge run --jobs N sets N). 0: each box makes its own.
  unsigned netns_ahead = 1;
  // Box cgroups kept ready by a background thread, which also removes each run's cgroup after the
  // run (sandbox/cgroup_pool.h): set it to the number of runs at once (the judge's --jobs). The
  // first ones are made at once, more once a run found none ready (a one-box process makes no
  // cgroup it does not use). 0: each run makes and removes its cgroup itself, so that nothing of
  // a run is left on the host once run() returns (what a caller that inspects the host between
  // runs, a test, relies on).
  unsigned cgroups_ahead = 0;
};

// A box made ahead of its run (Sandbox::prepare): namespaces, root, cgroup, all of it fresh, its
// init set up and waiting to start the program. Sandbox::finish runs it; dropping it instead ends
// the box and removes what it held, as after a run. Move-only.
class PreparedRun {
 public:
  PreparedRun();
  ~PreparedRun();
  PreparedRun(PreparedRun&&) noexcept;
  PreparedRun& operator=(PreparedRun&&) noexcept;

 private:
  friend class Sandbox;
  struct State;
  std::unique_ptr<State> state_;
};

class Sandbox {
 public:
  // Detects the cgroup backend, removes what dead judges left behind, and reads the host base.
  // Throws SandboxError when the host cannot run boxes (not root, no cgroups...).
  explicit Sandbox(SandboxOptions options = {});
  ~Sandbox();
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;

  // Never throws for a problem of the run: a failure of the sandbox itself is Status::IE with a
  // message.
  RunResult run(const RunSpec& spec);

  // run() in two halves, so that a box's setup can overlap other work (the previous test of a
  // submission, on another CPU): prepare() makes the box and lets its init set up everything but
  // the program; finish() starts the program and returns what run() would. Nothing of the wait
  // between them counts: the wall clock starts at exec, the CPU time at init's baseline just
  // before the program. `spec` (and what it points to) must outlive the PreparedRun. The box dies
  // with the thread that called prepare() (its init's parent-death signal follows that thread):
  // finish it, or drop it, before that thread ends. What prepare() does to the spec's streams
  // (a stdout or stderr file given by path is handed to the box's user) holds from prepare() on.
  // Never throws: a failure to prepare is the IE that finish() returns.
  PreparedRun prepare(const RunSpec& spec);
  RunResult finish(PreparedRun prepared);

  // What the host's cgroups offer the boxes: version, parent, controllers, whether boxes can be
  // pinned to CPUs.
  HostCgroups host() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sandbox
