// The box's processes themselves: fds, signals, session, umask, parent-death signal,
// dumpability, starting the program from init and reaping it, exec. Child side only, after clone
// of a possibly multithreaded judge: system calls, no allocation (see plan.h).
#pragma once

#include <sys/types.h>

#include <vector>

#include "sandbox/plan.h"

namespace sandbox::process {

// Init. Closes every fd not in `keep` (sorted): in a multithreaded judge init inherits the fds of
// concurrent runs, and would hold their pipes open.
void close_all_but(const std::vector<int>& keep);
// Init. Handlers and ignored signals come from the judge; none of them may reach the box.
void reset_signals();
// Init. Blocks until the supervisor's byte on Plan::sync_fd (uid/gid maps and cgroup ready), then
// closes it. Exits 126 on EOF: the supervisor gave up before the maps were written.
void wait_for_release(const Plan& plan);
// A prepared box (Plan::go_fd): waits, set up, until the judge says go; exits when it never will.
void wait_for_go(const Plan& plan);
// Init. Zeroes its copy of the judge's argv and environ (/proc/1/cmdline is readable by the box)
// and names itself "init".
void hide_judge(const Plan& plan);
// Init. SIGKILL when the judge dies. Set only after the uid change, which clears it.
void die_with_judge();
// Init. Another uid than the program already; not dumpable as well, so that /proc/1 stays closed
// to it even where the uids alone would not be enough (ptrace_may_access checks dumpability).
void make_undumpable();
// Either side: ends this process now, like _exit, by the exit_group system call itself. Not a
// [[noreturn]] function: AddressSanitizer instruments calls to those, and on the program's own
// static stack (start_program) answers with a warning written to the box's stderr.
void exit_now(int code);
// Either side: the file mode creation mask.
void set_umask(mode_t mask);
// Init. Starts `entry(plan)` in a process sharing init's memory until it execs (CLONE_VM |
// CLONE_VFORK, as posix_spawn does): no page tables to copy from what is a copy of the whole
// judge, no atfork handlers, no malloc locks. Returns once it has exec'd or exited: its pid, or -1
// and errno.
pid_t start_program(int (*entry)(void*), const Plan& plan);
// Init. Closes its ends of what only the program uses (exec pipe, seccomp notify socket).
void close_program_ends(const Plan& plan);
// Init. Reaps every process of the box until `program` exits; returns its wait status (0 if init
// ran out of children first).
int wait_for_program(pid_t program);
// CLOCK_MONOTONIC in ns (the judge's std::chrono::steady_clock: there is no time namespace).
long long monotonic_ns();
// Init. SIGKILLs every other process of the box and reaps them all.
void end_all_others();

// The program. A new session: no controlling terminal, its own process group. Returns 0 or errno.
int new_session();
// The program. Plan::stdio to 0, 1, 2, Plan::extra_fds to 3, 4, ... Returns 0 or errno.
int install_stdio(const Plan& plan);
// The program. Every fd from `first` on closes at exec, including Plan::exec_fd, which tells the
// supervisor that exec happened. Fails (ENOSYS) before Linux 5.11: then init's fds would reach the
// program, and it must not start. Returns 0 or errno.
int close_on_exec_from(unsigned first);
// The program. chdir(Plan::cwd). Returns 0 or errno.
int enter_working_dir(const Plan& plan);
// The program. execve, searching Plan::search_path like execvp when the path has no '/'. Returns
// only on failure: the errno.
int exec(const Plan& plan);

}  // namespace sandbox::process
