// The orchestrator: the parent's steps of one run, in order (Sandbox::Impl::run). Each kernel
// concern lives in its own file (user, mnt, uts, net, caps, rlimits, seccomp, cgroup_v1/v2); the
// box's side is in box_init.cpp.
#include "sandbox/sandbox.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <atomic>
#include <charconv>
#include <mutex>
#include <optional>
#include <string_view>

#include "sandbox/cgroup.h"
#include "sandbox/cgroup_pool.h"
#include "sandbox/error.h"
#include "sandbox/fds_in_flight.h"
#include "base/file_io.h"
#include "sandbox/mnt.h"
#include "sandbox/netns_pool.h"
#include "base/owner.h"
#include "sandbox/plan.h"
#include "sandbox/rlimits.h"
#include "sandbox/seccomp.h"
#include "sandbox/seccomp_cache.h"
#include "sandbox/slots.h"
#include "sandbox/spawn.h"
#include "sandbox/status.h"
#include "sandbox/stdio.h"
#include "sandbox/supervisor.h"
#include "base/units.h"
#include "sandbox/user.h"

namespace sandbox {
namespace {

struct Pipe {
  base::UniqueFd read, write;
};

Pipe make_pipe() {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) throw_errno("pipe2");
  return {base::UniqueFd(fds[0]), base::UniqueFd(fds[1])};
}

// The directory RunSpec::collect names, lent to the box's init for the run: it writes there. It is
// its owner's again when this goes, whatever happened.
struct CollectDir {
  base::UniqueFd fd;
  struct stat original {};
  void lend(const std::string& path, uid_t uid, gid_t gid) {
    fd.reset(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!fd) throw_errno("cannot open collect directory " + path);
    if (::fstat(fd.get(), &original) != 0) throw_errno("stat " + path);
    if (::fchown(fd.get(), uid, gid) != 0) throw_errno("chown " + path);
  }
  ~CollectDir() {
    if (fd) (void)::fchown(fd.get(), original.st_uid, original.st_gid);
  }
};

std::string env_value(const std::vector<std::string>& env, const std::string& name) {
  for (const std::string& entry : env)
    if (entry.size() > name.size() && entry.compare(0, name.size(), name) == 0 &&
        entry[name.size()] == '=')
      return entry.substr(name.size() + 1);
  return "";
}

void plan_program(const RunSpec& spec, Plan& plan) {
  if (spec.argv.empty() || spec.argv[0].empty()) throw SandboxError("no command to run");
  for (const std::string& arg : spec.argv) plan.argv.push_back(const_cast<char*>(plan.keep(arg)));
  plan.argv.push_back(nullptr);
  for (const std::string& entry : spec.env) {
    if (entry.find('=') == std::string::npos || entry[0] == '=')
      throw SandboxError("environment entry '" + entry + "' is not NAME=value");
    plan.envp.push_back(const_cast<char*>(plan.keep(entry)));
  }
  plan.envp.push_back(nullptr);
  plan.path = plan.argv[0];
  std::string path = env_value(spec.env, "PATH");
  if (path.empty()) path = "/usr/bin:/bin";
  std::size_t pos = 0;
  while (pos <= path.size()) {
    std::size_t colon = std::min(path.find(':', pos), path.size());
    if (colon > pos) plan.search_path.push_back(plan.keep(path.substr(pos, colon - pos)));
    pos = colon + 1;
  }
  if (spec.cwd.empty() || spec.cwd[0] != '/')
    throw SandboxError("working directory '" + spec.cwd + "' must be absolute");
  plan.cwd = plan.keep(spec.cwd);
}

// Where this process's argv and environ strings live (/proc/self/stat fields 48 to 51).
std::array<Plan::Span, 2> own_cmdline_and_environ() {
  std::array<Plan::Span, 2> spans{};
  auto stat = base::read_file("/proc/self/stat");
  if (!stat) return spans;
  auto fields = base::stat_fields_after_comm(*stat);
  if (fields.size() < 49) return spans;
  // fields[0] is field 3; fields 48..51 are arg_start, arg_end, env_start, env_end.
  for (int i = 0; i < 2; ++i) {
    unsigned long start = 0, end = 0;
    std::from_chars(fields[45 + 2 * i].data(),
                    fields[45 + 2 * i].data() + fields[45 + 2 * i].size(), start);
    std::from_chars(fields[46 + 2 * i].data(),
                    fields[46 + 2 * i].data() + fields[46 + 2 * i].size(), end);
    if (start && end > start) spans[i] = {reinterpret_cast<char*>(start), end - start};
  }
  return spans;
}

// Per process, not per Sandbox: two Sandboxes of one process must not name their boxes alike.
std::atomic<std::uint64_t> box_sequence{0};

// Begins with the owner token, so that the sweep of a dead judge's cgroups finds it.
std::string next_box_name() {
  return base::owner_token() + "-" + std::to_string(box_sequence++);
}

// Held from the moment a box's own fds exist in the judge until it is cloned and the judge has
// dropped them. A clone copies every fd of the process, O_CLOEXEC or not (there is no exec), and
// the new init keeps the copies until its first step closes them, which on a busy host can come
// after another box's whole run: holding the write end of that box's exec pipe, it delayed the
// EOF that tells the supervisor the program started until after the box had ended, and a program
// that ran and exited 0 became "the box ended before its program started". Process-wide, like
// box_sequence: every Sandbox of the process clones.
std::mutex spawn_mutex;

// One run's resources, declared in the order the steps make them: whatever happens, they go in
// reverse (init killed and reaped, the cgroup removed, the collect directory and the streams given
// back, the slot returned).
struct BoxRun {
  BoxRun(const RunSpec& s, SlotLease lease) : spec(s), slot(std::move(lease)) {}
  const RunSpec& spec;
  SlotLease slot;
  Plan plan;
  BoxStream in, out, err;
  std::vector<base::UniqueFd> extra;  // RunSpec::extra_fds, taken
  Pipe sync, report, exec;
  Pipe go;  // a prepared run's (Sandbox::prepare): init starts the program on one byte
  base::UniqueFd notify_parent, notify_child;  // the seccomp listener's way out (SeccompMode::Kill)
  CollectDir collect_dir;
  std::unique_ptr<BoxCgroup> cgroup;
  CgroupJoin join;  // how its init enters the cgroup
  std::optional<BoxProcess> box;
  Supervision sv;
};

// RunSpec::extra_fds out of the caller's pointers (closed once the box has them, like a Given
// stream).
void take_extra_fds(BoxRun& run) {
  if (run.spec.extra_fds.size() > kMaxExtraFds)
    throw SandboxError("more than " + std::to_string(kMaxExtraFds) + " extra fds");
  for (const auto& given : run.spec.extra_fds) {
    if (!given || !*given)
      throw SandboxError("extra fd " + std::to_string(run.extra.size() + 3) + ": no fd given");
    run.extra.push_back(std::move(*given));
    struct stat st {};
    if (::fstat(run.extra.back().get(), &st) != 0 || S_ISDIR(st.st_mode) ||
        ::isatty(run.extra.back().get()))
      throw SandboxError("extra fd " + std::to_string(run.extra.size() + 2) +
                         ": not a pipe, socket or file");
    run.plan.extra_fds.push_back(run.extra.back().get());
  }
}

// Moves `fd` to a number from `lowest` on (the payload dup2s its extra fds below).
void keep_clear_of(base::UniqueFd& fd, int lowest) {
  if (!fd || fd.get() >= lowest) return;
  base::UniqueFd moved(::fcntl(fd.get(), F_DUPFD_CLOEXEC, lowest));
  if (!moved) throw_errno("moving an fd of the box's channels");
  fd = std::move(moved);
}

// Every fd the box's init needs, sorted: it closes all others at once.
void list_kept_fds(Plan& plan) {
  plan.keep_fds = {plan.sync_fd,  plan.report_fd, plan.exec_fd, plan.go_fd,
                   plan.stdio[0], plan.stdio[1],  plan.stdio[2]};
  plan.keep_fds.push_back(plan.notify_fd);
  plan.keep_fds.push_back(plan.collect_dir_fd);
  plan.keep_fds.insert(plan.keep_fds.end(), std::begin(plan.cpu_counter_fds),
                       std::end(plan.cpu_counter_fds));
  plan.keep_fds.insert(plan.keep_fds.end(), plan.cgroup_join_fds.begin(),
                       plan.cgroup_join_fds.end());
  plan.keep_fds.insert(plan.keep_fds.end(), plan.extra_fds.begin(), plan.extra_fds.end());
  std::erase(plan.keep_fds, -1);
  std::sort(plan.keep_fds.begin(), plan.keep_fds.end());
}

// What the box wrote to a stream: the pump's count, or the growth of a regular file.
std::uint64_t stream_bytes(BoxStream& s, std::string& data, bool& truncated) {
  if (s.pump) {
    data = std::move(s.pump->data);
    truncated = s.pump->truncated;
    return s.pump->total;
  }
  struct stat st {};
  if (s.regular_file && ::fstat(s.box_end.get(), &st) == 0 &&
      static_cast<std::uint64_t>(st.st_size) > s.initial_size)
    return static_cast<std::uint64_t>(st.st_size) - s.initial_size;
  return 0;
}

// CPU is the cgroup's counters at the program's exit (the final total if init could not say)
// minus the baseline init read just before the program started.
void record_usage(const Supervision& sv, const CgroupAccounting& acct, RunResult& result) {
  CpuUsage cpu = sv.cpu_at_exit.value_or(acct.cpu).minus(sv.cpu_baseline);
  result.cpu_us = cpu.total_us;
  result.user_us = cpu.user_us;
  result.sys_us = cpu.sys_us;
  result.wall_us = sv.wall_us;
  if (sv.exited_ns != 0)
    result.ended_ns = sv.exited_ns;
  else if (sv.ended_at != std::chrono::steady_clock::time_point{})
    result.ended_ns =
        std::chrono::duration_cast<std::chrono::nanoseconds>(sv.ended_at.time_since_epoch())
            .count();
  result.memory_peak = acct.memory_peak;
  result.memory_peak_exact = acct.memory_peak_exact;
  result.oom_killed = acct.oom_killed;
  result.pids_peak = acct.pids_peak;
  result.io_read_bytes = acct.io_read_bytes;
  result.io_write_bytes = acct.io_write_bytes;
  result.disk_bytes = sv.disk_bytes;
  result.collected = sv.collected;
  result.collect_skipped = sv.collect_skipped;
  if (!sv.denied_syscall.empty()) result.denied_syscall = sv.denied_syscall;
}

}  // namespace

struct Sandbox::Impl {
  SandboxOptions options;
  std::unique_ptr<CgroupBackend> cgroups;
  std::unique_ptr<CgroupPool> cgroup_pool;  // after `cgroups`: goes first
  mnt::HostBase host;
  Slots slots;
  unsigned online_cpus = 1;
  bool core_pipe = false;
  std::array<Plan::Span, 2> wipe{};
  std::once_flag errno_filter_once, kill_filter_once;
  std::vector<sock_filter> errno_filter, kill_filter;
  std::optional<NetnsPool> netns_pool;  // started first by Sandbox() (see there), stopped first

  explicit Impl(SandboxOptions o)
      : options(std::move(o)),
        slots(options.state_dir + "/slots", options.host_id_base, options.max_boxes) {}

  const std::vector<sock_filter>& filter(SeccompMode mode) {
    static const std::vector<sock_filter> none;
    if (mode == SeccompMode::Errno) {
      std::call_once(errno_filter_once,
                     [&] { errno_filter = seccomp::cached_filter(mode, options.state_dir); });
      return errno_filter;
    }
    if (mode == SeccompMode::Kill) {
      std::call_once(kill_filter_once,
                     [&] { kill_filter = seccomp::cached_filter(mode, options.state_dir); });
      return kill_filter;
    }
    return none;
  }

  unsigned parallelism(const Limits& limits) const {
    unsigned n = online_cpus;
    if (limits.cpuset) try {
        n = std::min(
            n, std::max(1u, static_cast<unsigned>(base::parse_cpu_list(*limits.cpuset).size())));
      } catch (const base::UnitError&) {
        // The kernel refuses the list when the cgroup is made.
      }
    if (limits.cpus) n = std::min(n, std::max(1u, static_cast<unsigned>(std::ceil(*limits.cpus))));
    return n;
  }

  // The parent's steps of one run, in order: start() up to the box's release, then complete().
  void start(BoxRun& run, RunResult& result, bool prepared);
  void complete(BoxRun& run, RunResult& result);
  void plan_run(BoxRun& run);
  void open_streams(BoxRun& run);
  void make_cgroup(BoxRun& run);
  void spawn(BoxRun& run);
  void release(BoxRun& run);
  void supervise_box(BoxRun& run);
  void account(BoxRun& run, RunResult& result);
};

Sandbox::Sandbox(SandboxOptions options) {
  if (::geteuid() != 0)
    throw SandboxError("the sandbox must run as root: it maps box users and creates cgroups");
  if (::mkdir(options.state_dir.c_str(), 0700) != 0 && errno != EEXIST)
    throw_errno("cannot create state directory " + options.state_dir);
  impl_ = std::make_unique<Impl>(std::move(options));
  user::drop_supplementary_groups();
  // Next, so that the ~1 ms the kernel takes to make a network namespace overlaps everything else
  // the judge does before its first clone. After drop_supplementary_groups: glibc's setgroups in a
  // multithreaded process waits for every thread to repeat the call, and the pool's thread can be
  // inside a millisecond of unshare.
  impl_->netns_pool.emplace(impl_->options.netns_ahead, spawn_mutex);
  impl_->cgroups = make_cgroup_backend(impl_->options.cgroup);
  impl_->cgroups->remove_stale();
  if (impl_->options.cgroups_ahead > 0)  // its mkdirs overlap the rest of the start
    impl_->cgroup_pool =
        std::make_unique<CgroupPool>(*impl_->cgroups, impl_->options.cgroups_ahead, next_box_name);
  impl_->host = mnt::discover_host_base();
  impl_->online_cpus = static_cast<unsigned>(std::max(1L, ::sysconf(_SC_NPROCESSORS_ONLN)));
  impl_->core_pipe = rlimits::core_pattern_is_pipe();
  impl_->wipe = own_cmdline_and_environ();
}

Sandbox::~Sandbox() = default;

HostCgroups Sandbox::host() const {
  return describe(*impl_->cgroups);
}

namespace {

// A run that failed in the sandbox itself: IE with the reason, and what was known of the box.
RunResult internal_error(const RunResult& so_far, const std::exception& e) {
  RunResult failed;
  failed.cgroup_backend = so_far.cgroup_backend;
  failed.host_uid = so_far.host_uid;
  failed.status = Status::IE;
  failed.message = e.what();
  return failed;
}

}  // namespace

struct PreparedRun::State {
  std::unique_ptr<BoxRun> run;  // empty when preparing failed
  RunResult result;             // so far; IE with the reason when preparing failed
};

PreparedRun::PreparedRun() = default;
PreparedRun::~PreparedRun() = default;
PreparedRun::PreparedRun(PreparedRun&&) noexcept = default;
PreparedRun& PreparedRun::operator=(PreparedRun&&) noexcept = default;

RunResult Sandbox::run(const RunSpec& spec) {
  RunResult result;
  result.cgroup_backend = std::string(impl_->cgroups->version());
  try {
    BoxRun run(spec, impl_->slots.acquire());
    impl_->start(run, result, false);
    impl_->complete(run, result);
  } catch (const std::exception& e) {
    return internal_error(result, e);
  }
  return result;
}

PreparedRun Sandbox::prepare(const RunSpec& spec) {
  PreparedRun prepared;
  prepared.state_ = std::make_unique<PreparedRun::State>();
  RunResult& result = prepared.state_->result;
  result.cgroup_backend = std::string(impl_->cgroups->version());
  try {
    auto run = std::make_unique<BoxRun>(spec, impl_->slots.acquire());
    impl_->start(*run, result, true);
    prepared.state_->run = std::move(run);
  } catch (const std::exception& e) {
    result = internal_error(result, e);  // what was made of the box went with `run`
  }
  return prepared;
}

RunResult Sandbox::finish(PreparedRun prepared) {
  if (!prepared.state_) {
    RunResult none;
    none.status = Status::IE;
    none.message = "finish: no prepared run";
    return none;
  }
  PreparedRun::State& state = *prepared.state_;
  if (!state.run) return state.result;
  try {
    impl_->complete(*state.run, state.result);
  } catch (const std::exception& e) {
    return internal_error(state.result, e);
  }
  return state.result;
}

// The parent's side of a run up to the box's release, in order; a prepared box's init then sets
// up and waits for its go. The box's side is box_main and payload_main (box_init.cpp), their
// steps the ChildStep enum (plan.h).
void Sandbox::Impl::start(BoxRun& run, RunResult& result, bool prepared) {
  result.host_uid = run.slot.program_host_id();
  plan_run(run);
  {
    std::lock_guard no_other_clone(spawn_mutex);
    open_streams(run);
    if (prepared) {
      run.go = make_pipe();
      run.plan.go_fd = run.go.read.get();
    }
    make_cgroup(run);
    spawn(run);
  }
  release(run);
}

// The rest: the program started (a prepared box's go), watched to its end, accounted for.
void Sandbox::Impl::complete(BoxRun& run, RunResult& result) {
  // A prepared box's go byte is written by the supervisor. The judge keeps its own read end until
  // then, so that the write never meets a closed pipe (SIGPIPE) when init died meanwhile: that
  // box ended before its program started, and says so.
  supervise_box(run);
  run.go = {};
  // The box is gone; what it left in flight must not keep a pipe to another box open.
  collect_fds_in_flight();
  account(run, result);
  decide_status(run.spec, run.plan, run.sv, result);
}

// Everything the box's processes will do, so that they never allocate.
void Sandbox::Impl::plan_run(BoxRun& run) {
  Plan& plan = run.plan;
  plan.hostname = plan.keep(run.spec.hostname);
  plan.loopback = run.spec.loopback;
  plan.wipe[0] = wipe[0];
  plan.wipe[1] = wipe[1];
  rlimits::plan(run.spec.limits, core_pipe, plan);
  plan_program(run.spec, plan);
  plan.seccomp_filter = filter(run.spec.seccomp);
  plan.seccomp_notify = run.spec.seccomp == SeccompMode::Kill;
}

// Standard streams, the channels between supervisor and box, and the directory files are collected
// into, lent to init for the run.
void Sandbox::Impl::open_streams(BoxRun& run) {
  const RunSpec& spec = run.spec;
  Plan& plan = run.plan;
  run.in = open_stream(spec.stdin_stream, 0);
  run.out = open_stream(spec.stdout_stream, 1);
  run.err = open_stream(spec.stderr_stream, 2);
  run.out.hand_over(run.slot.program_host_id(), run.slot.program_host_id());
  run.err.hand_over(run.slot.program_host_id(), run.slot.program_host_id());
  plan.stdio[0] = run.in.box_end.get();
  plan.stdio[1] = run.out.box_end.get();
  plan.stdio[2] = run.err.box_end.get();
  take_extra_fds(run);
  run.sync = make_pipe();
  run.report = make_pipe();
  run.exec = make_pipe();
  if (plan.seccomp_notify) {
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) != 0)
      throw_errno("socketpair");
    run.notify_parent.reset(pair[0]);
    run.notify_child.reset(pair[1]);
  }
  // The program writes to these after its extra fds took 3, 4, ...: they must be above.
  const int first_free = static_cast<int>(3 + run.extra.size());
  for (base::UniqueFd* fd : {&run.report.write, &run.exec.write, &run.notify_child})
    keep_clear_of(*fd, first_free);
  if (spec.collect) {
    run.collect_dir.lend(spec.collect->to_dir, run.slot.init_host_id(), run.slot.init_host_id());
    for (const std::string& pattern : spec.collect->patterns)
      plan.collect_patterns.push_back(plan.keep(pattern));
    plan.collect_dir_fd = run.collect_dir.fd.get();
    plan.collect_max_bytes = spec.collect->max_file_bytes;
    plan.collect_max_total = spec.limits.disk;
    plan.collect_max_files = spec.collect->max_files;
  }
  plan.sync_fd = run.sync.read.get();
  plan.report_fd = run.report.write.get();
  plan.exec_fd = run.exec.write.get();
  plan.notify_fd = run.notify_child ? run.notify_child.get() : -1;
}

// The box's cgroup (made ahead when the pool has one that fits), and the fds init will use in it:
// CPU counters to read, files to join it by.
void Sandbox::Impl::make_cgroup(BoxRun& run) {
  if (cgroup_pool) run.cgroup = cgroup_pool->take(run.spec.limits);
  if (!run.cgroup) run.cgroup = cgroups->create(next_box_name(), run.spec.limits);
  auto counters = run.cgroup->cpu_counter_fds();
  for (std::size_t i = 0; i < counters.size() && i < std::size(run.plan.cpu_counter_fds); ++i)
    run.plan.cpu_counter_fds[i] = counters[i];
  run.join = run.cgroup->join();
  run.plan.cgroup_join_fds = run.join.self_join_fds;
}

// The box's first process, born into new namespaces (and the cgroup, on v2). The host paths it
// opens take the fd numbers just above the ones it keeps.
void Sandbox::Impl::spawn(BoxRun& run) {
  list_kept_fds(run.plan);
  mnt::plan_root(run.spec, host, run.plan.keep_fds.back() + 1, run.plan);
  // A namespace made ahead, its only use (closed once the box holds it), or a new one in clone3.
  base::UniqueFd netns = run.plan.loopback ? netns_pool->take() : base::UniqueFd();
  run.plan.net_ready = static_cast<bool>(netns);
  run.box.emplace(spawn_box(run.plan, run.join.clone_into_fd, netns.get()));
  run.sync.read.reset();
  run.report.write.reset();
  run.exec.write.reset();
  run.notify_child.reset();
  run.in.box_end.reset();
  run.extra.clear();
  // A given fd (a pipe to another box) must not stay here: the other box would never see EOF.
  if (run.out.given) run.out.box_end.reset();
  if (run.err.given) run.err.box_end.reset();
}

// Map its uid/gid, put it in the cgroup if it can neither be born there nor move itself, and let
// it go.
void Sandbox::Impl::release(BoxRun& run) {
  BoxProcess& box = *run.box;
  user::write_id_maps(box.pid(), run.plan, run.slot.init_host_id(), run.slot.program_host_id());
  run.join.attach_unless_born(box.pid(), box.born_in_cgroup());
  if (::write(run.sync.write.get(), "g", 1) != 1) throw_errno("releasing the box");
  run.sync.write.reset();
}

// Watch it until init is gone.
void Sandbox::Impl::supervise_box(BoxRun& run) {
  Pump* out_pump = run.out.pump ? &*run.out.pump : nullptr;
  Pump* err_pump = run.err.pump ? &*run.err.pump : nullptr;
  // The supervisor must see EOF on pumps once the box is gone: drop our copies of the write ends.
  if (out_pump) run.out.box_end.reset();
  if (err_pump) run.err.box_end.reset();
  Channels channels{run.exec.read.get(), run.report.read.get(), run.notify_parent.get(),
                    run.spec.stop ? run.spec.stop->fd() : -1, run.go.write.get()};
  run.sv = supervise(*run.box, *run.cgroup, channels, run.spec.limits, parallelism(run.spec.limits),
                     out_pump, err_pump);
}

// Read the cgroup's accounting, remove it (behind the run, when there is a pool), take the streams
// back, and fill in the record.
void Sandbox::Impl::account(BoxRun& run, RunResult& result) {
  run.cgroup->kill_all();
  CgroupAccounting acct = run.cgroup->accounting();
  if (cgroup_pool)
    cgroup_pool->remove_behind(std::move(run.cgroup));
  else
    run.cgroup.reset();
  // stdout and stderr may be one file: the last handed over is the first taken back.
  run.err.take_back();
  run.out.take_back();
  record_usage(run.sv, acct, result);
  result.stdout_bytes = stream_bytes(run.out, result.stdout_data, result.stdout_truncated);
  result.stderr_bytes = stream_bytes(run.err, result.stderr_data, result.stderr_truncated);
}

}  // namespace sandbox
