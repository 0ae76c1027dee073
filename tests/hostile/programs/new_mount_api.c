// hostile: the new mount API: fsopen/fsconfig (the CVE-2022-0185 heap overflow lives in fsconfig's legacy
// parameter parsing), fspick, open_tree(OPEN_TREE_CLONE) of /usr, move_mount and mount_setattr. All refused
// by seccomp before the kernel parses anything.
// verdict: AC
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/mount.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  const char* fstypes[] = {"tmpfs", "ext4", "cgroup", "cgroup2", "proc", "overlay"};
  for (unsigned i = 0; i < sizeof fstypes / sizeof *fstypes; ++i) {
    long fs = syscall(SYS_fsopen, fstypes[i], 0);
    if (fs >= 0) return printf("LEAK fsopen %s\n", fstypes[i]), 0;
  }
  char big[4096];
  memset(big, 'A', sizeof big - 1), big[sizeof big - 1] = 0;
  if (syscall(SYS_fsconfig, 3, FSCONFIG_SET_STRING, "source", big, 0) == 0) return printf("LEAK fsconfig\n"), 0;
  if (syscall(SYS_fspick, AT_FDCWD, "/", 0) >= 0) return printf("LEAK fspick\n"), 0;
  long tree = syscall(SYS_open_tree, AT_FDCWD, "/usr", OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC);
  if (tree >= 0) return printf("LEAK open_tree\n"), 0;
  if (syscall(SYS_move_mount, AT_FDCWD, "/usr", AT_FDCWD, "/tmp", 0) == 0) return printf("LEAK move_mount\n"), 0;
  struct mount_attr attr = {.attr_clr = MOUNT_ATTR_RDONLY};
  if (syscall(SYS_mount_setattr, AT_FDCWD, "/usr", 0, &attr, sizeof attr) == 0)
    return printf("LEAK mount_setattr\n"), 0;
  if (syscall(SYS_fsmount, 3, 0, 0) >= 0) return printf("LEAK fsmount\n"), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
