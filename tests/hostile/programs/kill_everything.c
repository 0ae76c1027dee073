// hostile: kill(-1, SIGKILL), then SIGKILL and SIGSTOP to init (its parent, pid 1). kill(-1) spares the
// caller; init of a PID namespace gets no signals it has no handler for from inside, so the run goes on.
// verdict: AC
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
  if (fork() == 0) pause();  // something for kill(-1) to kill
  kill(-1, SIGKILL);
  wait(0);
  kill(1, SIGSTOP);
  kill(1, SIGTERM);
  kill(getppid(), SIGKILL);
  kill(1, SIGKILL);
  usleep(100000);  // time for a dying init to take us with it
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
