// hostile: mounts tmpfs, proc and a bind of /usr, unmounts /proc, chroots and pivots root. seccomp refuses
// the whole mount family with EPERM; without it, the missing CAP_SYS_ADMIN would.
// verdict: AC
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  mkdir("/tmp/m", 0755);
  mkdir("/tmp/m/old", 0755);
  if (mount("none", "/tmp/m", "tmpfs", 0, 0) == 0) return printf("LEAK mount tmpfs\n"), 0;
  if (mount("proc", "/tmp/m", "proc", 0, 0) == 0) return printf("LEAK mount proc\n"), 0;
  if (mount("/usr", "/tmp/m", 0, MS_BIND, 0) == 0) return printf("LEAK bind mount\n"), 0;
  if (mount(0, "/", 0, MS_REMOUNT | MS_BIND, 0) == 0) return printf("LEAK remount /\n"), 0;
  if (mount(0, "/", 0, MS_SHARED | MS_REC, 0) == 0) return printf("LEAK propagation\n"), 0;
  if (umount2("/proc", MNT_DETACH) == 0) return printf("LEAK umount /proc\n"), 0;
  if (umount2("/usr/local", MNT_DETACH) == 0) return printf("LEAK unmasked /usr/local\n"), 0;
  if (chroot("/tmp") == 0) return printf("LEAK chroot\n"), 0;
  if (syscall(SYS_pivot_root, "/tmp/m", "/tmp/m/old") == 0) return printf("LEAK pivot_root\n"), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
