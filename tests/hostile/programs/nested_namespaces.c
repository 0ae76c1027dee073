// hostile: new user namespace (and the capabilities it would bring) through unshare, clone flags, clone3
// and setns. seccomp refuses unshare/setns and clone with namespace flags; clone3 gets ENOSYS.
// verdict: AC
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int flags[] = {CLONE_NEWUSER, CLONE_NEWNS, CLONE_NEWPID, CLONE_NEWNET, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWCGROUP};
  for (unsigned i = 0; i < sizeof flags / sizeof *flags; ++i) {
    if (unshare(flags[i]) == 0) return printf("LEAK unshare %#x\n", flags[i]), 0;
    long pid = syscall(SYS_clone, flags[i] | SIGCHLD, 0, 0, 0, 0);
    if (pid == 0) _exit(0);
    if (pid > 0) return printf("LEAK clone %#x\n", flags[i]), 0;
  }
  if (unshare(0x80 /* CLONE_NEWTIME */) == 0) return printf("LEAK unshare CLONE_NEWTIME\n"), 0;
  struct clone_args args = {.flags = CLONE_NEWUSER, .exit_signal = SIGCHLD};
  long pid = syscall(SYS_clone3, &args, sizeof args);
  if (pid == 0) _exit(0);
  if (pid > 0 || errno != ENOSYS) return printf("LEAK clone3 %ld errno %d\n", pid, errno), 0;
  int ns = open("/proc/self/ns/user", O_RDONLY);
  if (setns(ns, 0) == 0) return printf("LEAK setns\n"), 0;
  if (open("/proc/1/ns/mnt", O_RDONLY) >= 0) return printf("LEAK init's namespaces\n"), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
