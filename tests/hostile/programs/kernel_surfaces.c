// hostile: the kernel's big attack surfaces and machine-wide controls, each called the way an exploit
// would: io_uring, a BPF socket filter and map, perf events, userfaultfd, keyrings, modules, kexec, reboot,
// swap, the kernel log, process accounting, quotas, port I/O and file handles. All refused by seccomp.
// verdict: AC
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/bpf.h>
#include <linux/io_uring.h>
#include <linux/perf_event.h>
#include <linux/reboot.h>
#include <stdio.h>
#include <sys/quota.h>
#include <sys/syscall.h>
#include <unistd.h>
#define TRY(expr) if ((long)(expr) >= 0) return printf("LEAK %s\n", #expr), 0
int main(void) {
  struct io_uring_params uring = {0};
  TRY(syscall(SYS_io_uring_setup, 8, &uring));
  struct bpf_insn ret0[] = {{BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, 0}, {BPF_JMP | BPF_EXIT, 0, 0, 0, 0}};
  union bpf_attr prog = {
      .prog_type = BPF_PROG_TYPE_SOCKET_FILTER, .insn_cnt = 2, .insns = (long)ret0, .license = (long)"GPL"};
  TRY(syscall(SYS_bpf, BPF_PROG_LOAD, &prog, sizeof prog));
  union bpf_attr map = {.map_type = BPF_MAP_TYPE_ARRAY, .key_size = 4, .value_size = 8, .max_entries = 1};
  TRY(syscall(SYS_bpf, BPF_MAP_CREATE, &map, sizeof map));
  struct perf_event_attr perf = {.type = PERF_TYPE_SOFTWARE, .size = sizeof perf, .config = PERF_COUNT_SW_CPU_CLOCK};
  TRY(syscall(SYS_perf_event_open, &perf, 0, -1, -1, 0));
  TRY(syscall(SYS_userfaultfd, O_CLOEXEC | 1 /* UFFD_USER_MODE_ONLY */));
  TRY(syscall(SYS_keyctl, 1 /* KEYCTL_JOIN_SESSION_KEYRING */, "hostile"));
  TRY(syscall(SYS_add_key, "user", "hostile", "secret", 6, -2 /* KEY_SPEC_PROCESS_KEYRING */));
  TRY(syscall(SYS_init_module, "\177ELF", 4, ""));
  TRY(syscall(SYS_finit_module, open("/sol/main", O_RDONLY), "", 0));
  TRY(syscall(SYS_delete_module, "ext4", O_NONBLOCK));
  TRY(syscall(SYS_kexec_load, 0, 0, 0, 0));
  TRY(syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_CAD_OFF, 0));
  close(open("/box/swap", O_CREAT | O_WRONLY, 0600));
  TRY(syscall(SYS_swapon, "/box/swap", 0));
  char log[256];
  TRY(syscall(SYS_syslog, 3 /* SYSLOG_ACTION_READ_ALL */, log, sizeof log));
  TRY(syscall(SYS_acct, "/box/acct"));
  TRY(syscall(SYS_quotactl, QCMD(Q_SYNC, USRQUOTA), 0, 0, 0));
  TRY(syscall(SYS_iopl, 3));
  TRY(syscall(SYS_ioperm, 0x80, 1, 1));
  struct { struct file_handle h; unsigned char bytes[128]; } handle = {{128, 0}};
  int mount_id;
  TRY(syscall(SYS_name_to_handle_at, AT_FDCWD, "/usr", &handle.h, &mount_id, 0));
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
