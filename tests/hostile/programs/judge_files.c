// hostile: looks for the judge's binary, cache and work directories and the usual host secrets. The box's
// root is an allowlist (/usr read-only, a few /etc entries, /var/lib/ghc): none of these exist inside.
// verdict: AC
#include <dirent.h>
#include <stdio.h>
#include <unistd.h>
int main(void) {
  const char* paths[] = {"@JUDGE_BINARY@", "@CACHE_DIR@", "@WORK_ROOT@", "@PROBLEM_DIR@", "@INPUT_PATH@",
                         "/root", "/home", "/work", "/etc/shadow", "/etc/ssh", "/etc/resolv.conf", "/var/cache",
                         "/var/tmp", "/var/log", "/var/lib/dpkg", "/var/lib/judge",
                         "/run", "/run/judge", "/sys", "/srv", "/opt", "/mnt", "/boot", "/lost+found",
                         "/proc/1/root/work", "/usr/local/bin"};
  for (unsigned i = 0; i < sizeof paths / sizeof *paths; ++i)
    if (access(paths[i], F_OK) == 0) {
      printf("LEAK %s\n", paths[i]);
      return 0;
    }
  DIR* local = opendir("/usr/local");  // the host's /usr/local is masked by an empty tmpfs
  int entries = 0;
  while (local && readdir(local)) ++entries;
  if (entries > 2) {
    printf("LEAK /usr/local has %d entries\n", entries);
    return 0;
  }
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
