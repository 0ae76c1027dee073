// hostile: thread bomb: spinning threads created without end; the pids limit caps them, the CPU limit ends it
// verdict: TLE
// message: CPU time limit
#include <pthread.h>
static void* spin(void* arg) {
  for (;;) {
  }
  return arg;
}
int main(void) {
  for (;;) {
    pthread_t t;
    pthread_create(&t, 0, spin, 0);  // fails with EAGAIN at the pids limit; keep trying
  }
}
