// hostile: stops itself with SIGSTOP: it uses no CPU and never ends, so only the wall-clock limit ends it
// verdict: TLE
// message: wall time limit
#include <signal.h>
int main(void) {
  raise(SIGSTOP);
  return 0;
}
