// hostile: CVE-2022-0492: in a new user+mount+cgroup namespace, mount a cgroup v1 hierarchy and point its
// release_agent at a program, which the host kernel then runs as root. Each step is refused: unshare and
// mount by seccomp, and there is no /sys (so no host cgroupfs) in the box.
// verdict: AC
#define _GNU_SOURCE
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>
int main(void) {
  if (unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWCGROUP) == 0) return printf("LEAK unshare\n"), 0;
  mkdir("/tmp/cg", 0755);
  const char* controllers[] = {"rdma", "memory", "pids", "none,name=x"};
  for (unsigned i = 0; i < 4; ++i)
    if (mount("cgroup", "/tmp/cg", "cgroup", 0, controllers[i]) == 0)
      return printf("LEAK mount cgroup %s\n", controllers[i]), 0;
  const char* agents[] = {"/sys/fs/cgroup/memory/release_agent", "/sys/fs/cgroup/pids/release_agent",
                          "/proc/1/root/sys/fs/cgroup/memory/release_agent", "/tmp/cg/release_agent"};
  for (unsigned i = 0; i < 4; ++i)
    if (open(agents[i], O_WRONLY) >= 0) return printf("LEAK %s\n", agents[i]), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
