// hostile: reads init's command line, environment and maps (init is a clone of the judge), the kernel's
// memory and log, and writes to sysrq-trigger and /proc/sys. init wiped its argv and environ and is
// non-dumpable; the kernel files are root's; /proc/sys belongs to the host's root.
// verdict: AC
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
int main(void) {
  char buf[4096];
  int fd = open("/proc/1/cmdline", O_RDONLY);
  ssize_t n = read(fd, buf, sizeof buf);
  for (ssize_t i = 0; i < n; ++i)
    if (buf[i]) return printf("LEAK /proc/1/cmdline: %.*s\n", (int)(n - i), buf + i), 0;
  const char* unreadable[] = {"/proc/1/environ", "/proc/1/maps", "/proc/1/smaps", "/proc/1/stack", "/proc/1/auxv",
                              "/proc/1/fd", "/proc/1/root/", "/proc/kcore", "/proc/kmsg", "/proc/1/syscall"};
  for (unsigned i = 0; i < sizeof unreadable / sizeof *unreadable; ++i)
    if ((fd = open(unreadable[i], O_RDONLY)) >= 0 && read(fd, buf, sizeof buf) > 0)
      return printf("LEAK %s\n", unreadable[i]), 0;
  const char* unwritable[] = {"/proc/sysrq-trigger", "/proc/sys/kernel/hostname", "/proc/sys/vm/drop_caches",
                              "/proc/sys/kernel/core_pattern", "/proc/sys/kernel/modprobe", "/proc/1/oom_score_adj",
                              "/proc/sys/net/ipv4/ip_forward"};
  for (unsigned i = 0; i < sizeof unwritable / sizeof *unwritable; ++i)
    if (open(unwritable[i], O_WRONLY) >= 0) return printf("LEAK %s is writable\n", unwritable[i]), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
