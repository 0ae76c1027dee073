// hostile: sleeps forever, using no CPU: only the wall-clock limit ends it
// verdict: TLE
// message: wall time limit
#include <unistd.h>
int main(void) {
  for (;;) pause();
}
