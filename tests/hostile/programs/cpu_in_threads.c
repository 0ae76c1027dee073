// hostile: hides its CPU time in 16 threads so that no single thread is over the limit; the cgroup sums them
// verdict: TLE
// message: CPU time limit
#include <pthread.h>
static void* spin(void* arg) {
  volatile unsigned long n = 0;
  for (;;) ++n;
  return arg;
}
int main(void) {
  pthread_t t[16];
  for (int i = 0; i < 16; ++i) pthread_create(&t[i], 0, spin, 0);
  pthread_join(t[0], 0);
}
