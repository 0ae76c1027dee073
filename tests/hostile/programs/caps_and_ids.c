// hostile: checks for any capability, a root mapping or a way to become root: all capability sets must be
// empty, no_new_privs set and seccomp on, uid/gid 1000 (and the init's 0) mapped to host ids that are not 0,
// and setuid(0),
// setgid(0), setgroups, ambient capabilities and clearing no_new_privs must all fail.
// verdict: AC
#define _GNU_SOURCE
#include <grp.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>
int main(void) {
  char line[256];
  FILE* status = fopen("/proc/self/status", "r");
  while (fgets(line, sizeof line, status)) {
    if (!strncmp(line, "Cap", 3) && !strstr(line, "0000000000000000")) return printf("LEAK %s", line), 0;
    if (!strncmp(line, "NoNewPrivs:", 11) && !strstr(line, "1")) return printf("LEAK %s", line), 0;
    if (!strncmp(line, "Seccomp:", 8) && !strstr(line, "2")) return printf("LEAK %s", line), 0;
  }
  const char* maps[] = {"/proc/self/uid_map", "/proc/self/gid_map"};
  for (int i = 0; i < 2; ++i) {
    unsigned inside, outside, count, lines = 0;
    FILE* f = fopen(maps[i], "r");
    while (fscanf(f, "%u %u %u", &inside, &outside, &count) == 3)
      if (++lines > 2 || (inside != 0 && inside != 1000) || outside == 0 || count != 1)
        return printf("LEAK %s: %u %u %u\n", maps[i], inside, outside, count), 0;
  }
  if (getuid() != 1000 || geteuid() != 1000 || getgid() != 1000) return printf("LEAK ids\n"), 0;
  if (setuid(0) == 0 || setgid(0) == 0 || setresuid(0, 0, 0) == 0 || setgroups(0, 0) == 0)
    return printf("LEAK root\n"), 0;
  if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, 21 /* CAP_SYS_ADMIN */, 0, 0) == 0)
    return printf("LEAK ambient\n"), 0;
  if (prctl(PR_SET_NO_NEW_PRIVS, 0, 0, 0, 0) == 0 && prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) == 0)
    return printf("LEAK no_new_privs cleared\n"), 0;
  if (prctl(PR_SET_SECUREBITS, 0, 0, 0, 0) == 0) return printf("LEAK securebits\n"), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
