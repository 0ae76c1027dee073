// hostile: a setsid'd double-forked daemon keeps spinning after the program printed the answer and exited.
// It must not outlive the run: when the program ends, init exits and the kernel kills the whole PID namespace.
// verdict: AC
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  if (fork() == 0) {
    setsid();
    if (fork() == 0) {
      for (int s = 1; s < 32; ++s) signal(s, SIG_IGN);
      close(0), close(1), close(2);
      for (;;) {
      }
    }
    _exit(0);
  }
  wait(0);
  printf("%ld\n", a + b);
  return 0;
}
