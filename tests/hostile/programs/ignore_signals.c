// hostile: ignores and blocks every catchable signal (SIGXCPU included), then spins; SIGKILL still ends it
// verdict: TLE
// message: CPU time limit
#include <signal.h>
int main(void) {
  for (int s = 1; s < NSIG; ++s) signal(s, SIG_IGN);
  sigset_t all;
  sigfillset(&all);
  sigprocmask(SIG_BLOCK, &all, 0);
  volatile unsigned long n = 0;
  for (;;) ++n;
}
