// hostile: tries to raise RLIMIT_CORE (its hard limit is 0), dumps core in a child, then aborts itself.
// No core is written; the exit code says which check failed if one did.
// verdict: RE
// message: SIGABRT
// signal: 6
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
  struct rlimit core = {1 << 20, 1 << 20};
  if (setrlimit(RLIMIT_CORE, &core) == 0) return 13;
  pid_t pid = fork();
  if (pid == 0) abort();
  int status;
  waitpid(pid, &status, 0);
  if (!WIFSIGNALED(status) || WCOREDUMP(status)) return 14;
  DIR* box = opendir(".");
  for (struct dirent* e; (e = readdir(box));)
    if (!strncmp(e->d_name, "core", 4)) return 15;
  abort();
}
