// Everything the box's processes need, prepared by the parent before clone so that the child never
// allocates: after clone in a multithreaded judge, malloc's locks may be held by threads that are
// gone in the child. Strings point into storage owned by the Plan.
#pragma once

#include <linux/filter.h>
#include <sys/resource.h>
#include <sys/types.h>

#include <deque>
#include <string>
#include <vector>

namespace sandbox {

// One filesystem step, executed in order by the box's init before pivot_root.
struct MountStep {
  enum Kind { Mount, Bind, Mkdir, Touch, Symlink, WriteFile, RemountReadOnly } kind;
  const char* source = nullptr;  // Mount/Bind: source; Symlink: link target; WriteFile: contents
  const char* target = nullptr;
  const char* fstype = nullptr;  // Mount
  unsigned long flags = 0;       // Mount
  const char* data = nullptr;    // Mount
  unsigned mode = 0755;          // Mkdir, Touch, WriteFile
  bool read_only = true;         // Bind
  bool device = false;           // Bind of a device node: keeps it usable (no nodev)
  int owner = -1;  // Mkdir, Touch, WriteFile: chown to this uid and gid inside the box
  // WriteFile: the contents' length when set (they may hold NUL bytes).
  std::size_t size = 0;
};

struct Rlimit {
  int resource;
  rlim_t value;
};

// The setup steps of the box's side, declared in the order they run: init's (box_main), up to
// starting the program, then the program's own before exec (payload_main). A failing step is
// reported by this code (ChildReport::step) and named by step_name.
enum class ChildStep : int {
  // The box's init (box_main).
  JoinCgroup = 1,  // init_cgroup::join (cgroup v1)
  OpenSource,      // mnt::open_sources, still with the judge's host ids
  InitGid,         // user::become_init_user
  InitUid,
  CgroupNs,  // init_cgroup::enter_namespace
  Mount,     // mnt::apply
  PivotRoot,
  Hostname,       // uts::set_hostname
  Loopback,       // net::bring_up_loopback
  SocketBuffers,  // net::cap_socket_buffers
  Collect,        // collect::open_source_dir
  StartProgram,   // process::start_program
  // The program, from its start to exec (payload_main).
  Setsid,        // process::new_session
  Stdio,         // process::install_stdio
  CloseOnExec,   // process::close_on_exec_from(3 + extra fds)
  Rlimit,        // rlimits::apply
  Chdir,         // process::enter_working_dir
  LockDownCaps,  // caps::lock_down
  BoxGid,        // user::become_box_user
  BoxUid,
  ClearCaps,  // caps::clear
  Seccomp,    // seccomp::load
};
const char* step_name(ChildStep step);

// What a setup step of the box's side returns: ok, or the step (or sub-step, named by the callee)
// that failed, its errno and, for mounts and sources, the index of the failing one.
struct StepResult {
  ChildStep step = ChildStep::JoinCgroup;
  int err = 0;
  int detail = -1;
  bool ok() const { return err == 0; }
};

struct Plan {
  // The program's identity inside the box (init is root inside).
  uid_t box_uid = 1000;
  gid_t box_gid = 1000;

  // Filesystem. Host paths the user named are opened by the child first of all, still with the
  // judge's host uid (so they may sit under root-only directories), and moved to these fd numbers,
  // which mount steps name as /proc/self/fd/N: resolved once, before any mount can hide them.
  struct Source {
    const char* path;
    int fd;
  };
  std::vector<Source> sources;
  std::vector<MountStep> mounts;
  const char* new_root = nullptr;
  const char* hostname = nullptr;
  bool loopback = true;
  // The network namespace was made ahead (NetnsPool): `lo` is up and the TCP buffers capped, and
  // the box's init, which does not own it, could do neither.
  bool net_ready = false;

  // The program.
  const char* path = nullptr;  // resolved inside the box: absolute, or searched in `search_path`
  std::vector<const char*> search_path;  // directories from the box's PATH
  std::vector<char*> argv;               // null-terminated
  std::vector<char*> envp;               // null-terminated
  const char* cwd = "/";
  int stdio[3] = {-1, -1, -1};  // fds inherited from the parent, dup2'd to 0, 1, 2
  std::vector<int> extra_fds;   // RunSpec::extra_fds: inherited, dup2'd to 3, 4, ...
  std::vector<Rlimit> rlimits;

  // seccomp: a BPF program, or empty for none. With `seccomp_notify`, the payload sends the
  // listener fd.
  std::vector<sock_filter> seccomp_filter;
  bool seccomp_notify = false;

  // RunSpec::collect: patterns, and the host directory (an fd the child inherits).
  std::vector<const char*> collect_patterns;
  int collect_dir_fd = -1;
  unsigned long long collect_max_bytes = 0;  // per file
  unsigned long long collect_max_total = 0;  // all files: the box's disk size
  unsigned collect_max_files = 0;

  // Channels to the supervisor (fds inherited by the child).
  int sync_fd = -1;  // read end: one byte when uid/gid maps and cgroup are ready
  int go_fd = -1;    // read end, a prepared box's (Sandbox::prepare): one byte to start the program
  int report_fd = -1;  // write end: ChildReport records
  int exec_fd = -1;    // write end, O_CLOEXEC: closes on successful exec; errno written on failure
  int notify_fd = -1;  // unix socket for the seccomp listener fd (seccomp_notify)
  int cpu_counter_fds[3] = {-1, -1,
                            -1};     // read by init just before it forks the program (Baseline)
  std::vector<int> cgroup_join_fds;  // CgroupJoin::self_join_fds: init writes "0" to each, first
  // Every fd above, sorted: init closes all others at once, since in a
  // multithreaded judge it inherits the fds of concurrent runs and would hold their pipes open.
  std::vector<int> keep_fds;

  // The judge's command line and environment, as copied into the box's init: wiped there, since
  // /proc/1/cmdline is readable by the box.
  struct Span {
    char* start = nullptr;
    std::size_t size = 0;
  };
  Span wipe[2];

  // Storage behind the pointers above.
  std::deque<std::string> strings;
  const char* keep(std::string s) { return strings.emplace_back(std::move(s)).c_str(); }
};

// Records the box's init writes to Plan::report_fd (each under PIPE_BUF, so writes are atomic).
struct ChildReport {
  // Alive: init is set up and its judge still there. Baseline: just before the program starts.
  // Exited: the program has ended. Finished: init is done (files collected, disk measured).
  enum Kind : int { SetupFailed = 1, Exited = 2, Baseline = 3, Alive = 4, Finished = 5 };
  Kind kind = SetupFailed;
  int step = 0;                       // SetupFailed: ChildStep
  int error = 0;                      // SetupFailed: errno
  int detail = -1;                    // SetupFailed: StepResult::detail
  int wait_status = 0;                // Exited: status of the program from waitpid
  long long exited_ns = 0;            // Exited: CLOCK_MONOTONIC when init's waitpid returned (ns)
  unsigned long long disk_bytes = 0;  // Finished: bytes used in the writable layer
  unsigned collected = 0, collect_skipped = 0;  // Finished: RunSpec::collect
  int collect_error = 0;                        // Finished: errno of a failed copy, or 0
  char counters[3][256] = {};  // Baseline, Exited: the cgroup's CPU counter files, as read
};

// Entry point of the cloned child (PID 1 of the box). Never returns.
[[noreturn]] void box_main(const Plan& plan);

}  // namespace sandbox
