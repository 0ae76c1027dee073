// hostile: looks for host processes and host paths in /proc: counts the pid directories (only init and
// itself exist in the box's PID namespace) and searches /proc/mounts and mountinfo for the judge's paths.
// verdict: AC
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
// Of /var the box has GHC's package database bound (when the host has GHC): a line may name it,
// and no other path under /var.
static int names_var(const char* line) {
  for (const char* at = line; (at = strstr(at, "/var/")); at += 5)
    if (strncmp(at, "/var/lib/ghc ", 13) != 0) return 1;
  return 0;
}
static const char* leaky(const char* file) {
  const char* secrets[] = {"@WORK_ROOT@", "@CACHE_DIR@", "@PROBLEM_DIR@", "@JUDGE_BINARY@", " /work",
                           "=/work",      ":/work",      "judge-hostile", "/run/"};
  static char line[8192];
  FILE* f = fopen(file, "r");
  while (f && fgets(line, sizeof line, f)) {
    if (names_var(line)) return line;
    for (unsigned i = 0; i < sizeof secrets / sizeof *secrets; ++i)
      if (strstr(line, secrets[i])) return line;
  }
  return 0;
}
int main(void) {
  int pids = 0;
  DIR* proc = opendir("/proc");
  for (struct dirent* e; (e = readdir(proc));) pids += atoi(e->d_name) > 0;
  if (pids != 2) return printf("LEAK %d processes visible\n", pids), 0;
  const char* line;
  if ((line = leaky("/proc/mounts")) || (line = leaky("/proc/self/mountinfo"))) return printf("LEAK %s", line), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
