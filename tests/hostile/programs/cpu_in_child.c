// hostile: burns CPU in a forked child while the parent only waits; the box's CPU time counts every process
// verdict: TLE
// message: CPU time limit
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
  if (fork() == 0) {
    volatile unsigned long n = 0;
    for (;;) ++n;
  }
  wait(0);
}
