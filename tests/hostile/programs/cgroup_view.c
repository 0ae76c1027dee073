// hostile: looks for the host's cgroups to escape or to raise its own limits: there is no /sys (so no
// /sys/fs/cgroup), and the cgroup namespace shows every hierarchy's path as "/".
// verdict: AC
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
int main(void) {
  const char* absent[] = {"/sys", "/sys/fs/cgroup", "/sys/fs/cgroup/memory/memory.limit_in_bytes",
                          "/sys/fs/cgroup/cgroup.procs"};
  for (int i = 0; i < 4; ++i)
    if (access(absent[i], F_OK) == 0) return printf("LEAK %s\n", absent[i]), 0;
  if (mkdir("/sys", 0755) == 0) rmdir("/sys");  // the box's own empty directory at most
  const char* views[] = {"/proc/self/cgroup", "/proc/1/cgroup"};
  for (int i = 0; i < 2; ++i) {
    FILE* f = fopen(views[i], "r");
    char line[512];
    int lines = 0;
    while (f && fgets(line, sizeof line, f)) {
      ++lines;
      if (!strstr(line, ":/\n")) return printf("LEAK %s: %s", views[i], line), 0;
    }
    if (!lines) return printf("%s unreadable\n", views[i]), 0;
  }
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
