/* spin THREADS SECONDS [cpu]: THREADS threads burn CPU for SECONDS of wall time each, or, with "cpu",
 * until each has used SECONDS of its own CPU time. Exits 0. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double seconds;
static clockid_t clock_id = CLOCK_MONOTONIC;

static double now(void) {
  struct timespec ts;
  clock_gettime(clock_id, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void* burn(void* arg) {
  (void)arg;
  double end = now() + seconds;
  volatile unsigned long x = 0;
  while (now() < end)
    for (int i = 0; i < 100000; ++i) x += i;
  return NULL;
}

int main(int argc, char** argv) {
  int threads = argc > 1 ? atoi(argv[1]) : 1;
  seconds = argc > 2 ? atof(argv[2]) : 1.0;
  if (argc > 3 && strcmp(argv[3], "cpu") == 0) clock_id = CLOCK_THREAD_CPUTIME_ID;
  pthread_t t[256];
  for (int i = 1; i < threads && i < 256; ++i) pthread_create(&t[i], NULL, burn, NULL);
  burn(NULL);
  for (int i = 1; i < threads && i < 256; ++i) pthread_join(t[i], NULL);
  return 0;
}
