#include <unistd.h>

// The box's side of a run: PID 1 of the new namespaces (a tiny init) and the program it starts.
// Runs in a clone of a possibly multithreaded judge, so nothing here allocates (see plan.h). Each
// step is one call into the file of its concern; the steps that can fail are the ChildStep enum
// (plan.h), in this order.
#include "sandbox/caps.h"
#include "sandbox/child_report.h"
#include "sandbox/collect.h"
#include "sandbox/disk_usage.h"
#include "sandbox/init_cgroup.h"
#include "sandbox/mnt.h"
#include "sandbox/net.h"
#include "sandbox/plan.h"
#include "sandbox/process.h"
#include "sandbox/rlimits.h"
#include "sandbox/seccomp.h"
#include "sandbox/user.h"
#include "sandbox/uts.h"

#include <cerrno>

namespace sandbox {
namespace {

// A step either succeeds or ends the box with a SetupFailed report naming it.
void check(const Plan& plan, StepResult result) {
  if (!result.ok()) report::fail(plan, result);
}

// Steps whose concern returns only an errno: the step is named here.
void check(const Plan& plan, ChildStep step, int err) {
  check(plan, {.step = step, .err = err});
}

// From the program's start to exec. Seccomp comes last: the steps before it make calls it refuses.
// It never returns (exec, or exit_now), but nothing on its path is marked [[noreturn]]: it runs on
// the program's own static stack, where AddressSanitizer answers a call to a function that does
// not return with a warning on the box's stderr (see process::exit_now).
void payload_main(const Plan& plan) {
  check(plan, ChildStep::Setsid, process::new_session());
  check(plan, ChildStep::Stdio, process::install_stdio(plan));
  check(plan, ChildStep::CloseOnExec, process::close_on_exec_from(3 + plan.extra_fds.size()));
  process::set_umask(022);
  check(plan, ChildStep::Rlimit, rlimits::apply(plan));
  check(plan, ChildStep::Chdir, process::enter_working_dir(plan));
  check(plan, ChildStep::LockDownCaps, caps::lock_down());
  check(plan, user::become_box_user(plan));
  check(plan, ChildStep::ClearCaps, caps::clear());
  check(plan, ChildStep::Seccomp, seccomp::load(plan));
  report::exec_error(plan, process::exec(plan));
  process::exit_now(127);
}

int payload_entry(void* plan) {
  payload_main(*static_cast<const Plan*>(plan));
  return 127;  // not reached
}

// The program's working directory, opened before it runs (RunSpec::collect), or -1.
int open_collect_source(const Plan& plan) {
  if (plan.collect_dir_fd < 0) return -1;
  int dir = collect::open_source_dir(plan);
  check(plan, ChildStep::Collect, dir < 0 ? errno : 0);
  return dir;
}

void report_cpu_counters(const Plan& plan, ChildReport record) {
  init_cgroup::read_cpu_counters(plan, record);
  report::send(plan, record);
}

// After the program: files out of the box (nothing else may run meanwhile), then the disk used.
void report_finished(const Plan& plan, int collect_from) {
  ChildReport finished{.kind = ChildReport::Finished};
  if (plan.collect_dir_fd >= 0) {
    process::end_all_others();
    collect::take_out(plan, collect_from, finished.collected, finished.collect_skipped,
                      finished.collect_error);
  }
  finished.disk_bytes = disk::used_bytes_at_root();
  report::send(plan, finished);
}

}  // namespace

[[noreturn]] void box_main(const Plan& plan) {
  process::close_all_but(plan.keep_fds);
  process::reset_signals();
  process::wait_for_release(plan);
  check(plan, ChildStep::JoinCgroup, init_cgroup::join(plan));
  process::hide_judge(plan);
  check(plan, mnt::open_sources(plan));
  check(plan, user::become_init_user());
  // The parent-death signal is set only now (a uid change clears it); then the Alive report makes
  // sure the judge did not die before: with no reader left, the write raises SIGPIPE and kills us.
  process::die_with_judge();
  report::send(plan, {.kind = ChildReport::Alive});
  check(plan, ChildStep::CgroupNs, init_cgroup::enter_namespace());
  process::set_umask(0);
  check(plan, mnt::apply(plan));
  check(plan, ChildStep::Hostname, uts::set_hostname(plan.hostname));
  if (plan.loopback && !plan.net_ready) check(plan, ChildStep::Loopback, net::bring_up_loopback());
  if (!plan.net_ready) check(plan, ChildStep::SocketBuffers, net::cap_socket_buffers());
  process::make_undumpable();
  int collect_from = open_collect_source(plan);
  process::wait_for_go(plan);
  report_cpu_counters(plan, {.kind = ChildReport::Baseline});
  pid_t program = process::start_program(payload_entry, plan);
  check(plan, ChildStep::StartProgram, program < 0 ? errno : 0);
  process::close_program_ends(plan);
  // The run ends when the program itself exits: what init does after that is not its time.
  int status = process::wait_for_program(program);
  // When it ended, read as close to its end as can be: which of two boxes that talk ended first.
  report_cpu_counters(
      plan,
      {.kind = ChildReport::Exited, .wait_status = status, .exited_ns = process::monotonic_ns()});
  report_finished(plan, collect_from);
  // Exiting as PID 1 makes the kernel kill every process left in the box.
  ::_exit(0);
}

const char* step_name(ChildStep step) {
  switch (step) {
    case ChildStep::JoinCgroup: return "joining the box's cgroup";
    case ChildStep::OpenSource: return "opening";
    case ChildStep::InitGid:
    case ChildStep::BoxGid: return "setresgid";
    case ChildStep::InitUid:
    case ChildStep::BoxUid: return "setresuid";
    case ChildStep::CgroupNs: return "unshare(CLONE_NEWCGROUP)";
    case ChildStep::Mount: return "mount";
    case ChildStep::PivotRoot: return "pivot_root";
    case ChildStep::Hostname: return "sethostname";
    case ChildStep::Loopback: return "bringing up lo";
    case ChildStep::SocketBuffers: return "capping the TCP buffers";
    case ChildStep::Collect: return "opening the working directory to collect from";
    case ChildStep::StartProgram: return "starting the program";
    case ChildStep::Setsid: return "setsid";
    case ChildStep::Stdio:
    case ChildStep::CloseOnExec: return "stdio";
    case ChildStep::Rlimit: return "setrlimit";
    case ChildStep::Chdir: return "chdir";
    case ChildStep::LockDownCaps:
    case ChildStep::ClearCaps: return "dropping capabilities and setting no_new_privs";
    case ChildStep::Seccomp: return "loading seccomp";
  }
  return "setup";
}

}  // namespace sandbox
