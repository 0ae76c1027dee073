// hostile: calls every system call the seccomp policy denies (sandbox/seccomp.cpp), with arguments that
// would be harmless if allowed, plus clone with each namespace flag and the TIOCSTI/TIOCLINUX ioctls (also
// with high bits set, CVE-2019-7303). Each must fail with the filter's EPERM; clone3 with ENOSYS.
// verdict: AC
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#define CALL(nr, ...) {#nr, nr, {__VA_ARGS__}}
struct call { const char* name; long nr; long args[6]; };
static const struct call calls[] = {
    CALL(SYS_unshare, 0),
    CALL(SYS_setns, -1, 0),
    CALL(SYS_mount, 0, 0, 0, 0, 0),
    CALL(SYS_umount2, 0, 0),
    CALL(SYS_pivot_root, 0, 0),
    CALL(SYS_chroot, 0),
    CALL(SYS_fsopen, 0, 0),
    CALL(SYS_fsconfig, -1, 0, 0, 0, 0),
    CALL(SYS_fsmount, -1, 0, 0),
    CALL(SYS_fspick, -1, 0, 0),
    CALL(SYS_move_mount, -1, 0, -1, 0, 0),
    CALL(SYS_open_tree, -1, 0, 0),
    CALL(SYS_mount_setattr, -1, 0, 0, 0, 0),
    CALL(SYS_keyctl, 0, 0),
    CALL(SYS_add_key, 0, 0, 0, 0, 0),
    CALL(SYS_request_key, 0, 0, 0, 0),
    CALL(SYS_bpf, -1, 0, 0),
    CALL(SYS_perf_event_open, 0, 0, -1, -1, 0),
    CALL(SYS_io_uring_setup, 0, 0),
    CALL(SYS_io_uring_enter, -1, 0, 0, 0, 0, 0),
    CALL(SYS_io_uring_register, -1, 0, 0, 0),
    CALL(SYS_userfaultfd, -1),
    CALL(SYS_ptrace, -1, 0, 0, 0),
    CALL(SYS_process_vm_readv, 0, 0, 0, 0, 0, 0),
    CALL(SYS_process_vm_writev, 0, 0, 0, 0, 0, 0),
    CALL(SYS_pidfd_getfd, -1, -1, 0),
    CALL(SYS_kcmp, 0, 0, -1, 0, 0),
    CALL(SYS_kexec_load, 0, 0, 0, -1),
    CALL(SYS_kexec_file_load, -1, -1, 0, 0, -1),
    CALL(SYS_init_module, 0, 0, 0),
    CALL(SYS_finit_module, -1, 0, 0),
    CALL(SYS_delete_module, 0, 0),
    CALL(SYS_reboot, 0, 0, 0, 0),
    CALL(SYS_swapon, 0, 0),
    CALL(SYS_swapoff, 0),
    CALL(SYS_settimeofday, 0, 0),
    CALL(SYS_clock_settime, -1, 0),
    CALL(SYS_clock_adjtime, -1, 0),
    CALL(SYS_adjtimex, 0),
    CALL(SYS_syslog, -1, 0, 0),
    CALL(SYS_acct, 0),
    CALL(SYS_quotactl, 0, 0, 0, 0),
    CALL(SYS_quotactl_fd, -1, 0, 0, 0),
    CALL(SYS_iopl, 0),
    CALL(SYS_ioperm, 0, 0, 0),
    CALL(SYS_vhangup),
    CALL(SYS_lookup_dcookie, 0, 0, 0),
    CALL(SYS_fanotify_init, 0, 0),
    CALL(SYS_name_to_handle_at, -1, 0, 0, 0, 0),
    CALL(SYS_open_by_handle_at, -1, 0, 0),
    CALL(SYS_ioctl, 0, TIOCSTI, 0),
    CALL(SYS_ioctl, 1, TIOCLINUX, 0),
    CALL(SYS_ioctl, 0, TIOCSTI | (1L << 32), 0),
    CALL(SYS_ioctl, 0, TIOCLINUX | (0xffL << 40), 0),
};
int main(void) {
  int leaks = 0;
  for (unsigned i = 0; i < sizeof calls / sizeof *calls; ++i) {
    const long* a = calls[i].args;
    long rc = syscall(calls[i].nr, a[0], a[1], a[2], a[3], a[4], a[5]);
    if (rc != -1 || errno != EPERM) leaks += printf("LEAK %s returned %ld, errno %d\n", calls[i].name, rc, errno) > 0;
  }
  int flags[] = {CLONE_NEWNS, CLONE_NEWCGROUP, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET};
  for (unsigned i = 0; i < sizeof flags / sizeof *flags; ++i) {
    long rc = syscall(SYS_clone, flags[i] | SIGCHLD, 0, 0, 0, 0);
    if (rc == 0) _exit(0);
    if (rc != -1 || errno != EPERM) leaks += printf("LEAK clone %#x returned %ld, errno %d\n", flags[i], rc, errno) > 0;
  }
  long rc = syscall(SYS_clone3, 0, 0);
  if (rc != -1 || errno != ENOSYS) leaks += printf("LEAK clone3 returned %ld, errno %d\n", rc, errno) > 0;
  if (leaks) return 0;
  long x, y;
  if (scanf("%ld %ld", &x, &y) != 2) return 1;
  printf("%ld\n", x + y);
  return 0;
}
