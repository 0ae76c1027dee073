/* child_burn MS: a forked child burns MS milliseconds of CPU; the parent only waits. */
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char** argv) {
  long ms = argc > 1 ? atol(argv[1]) : 500;
  pid_t pid = fork();
  if (pid == 0) {
    volatile unsigned long x = 0;
    while ((double)clock() / CLOCKS_PER_SEC * 1000 < ms) x++;
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
