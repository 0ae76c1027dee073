/* stack_use THREADS MIB: starts THREADS threads at the default thread stack size, each using
 * 256 KiB of its stack, then recurses MIB MiB deep on the main stack. Prints "thread stack BYTES"
 * (a thread's default stack size) and "recursed MIB", exits 0. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static size_t thread_stack;

/* 1 KiB frames; volatile: neither the frame nor the call can be optimised away. */
static long down(long n) {
  volatile char frame[1024];
  frame[0] = (char)n, frame[1023] = 1;
  if (n == 0) return 0;
  return down(n - 1) + frame[1023] - 1;
}

static void* work(void* arg) {
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstacksize(&attr, (size_t*)arg);
    pthread_attr_destroy(&attr);
  }
  return (void*)down(256);
}

int main(int argc, char** argv) {
  int threads = argc > 1 ? atoi(argv[1]) : 16;
  long mib = argc > 2 ? atol(argv[2]) : 0;
  pthread_t ids[256];
  if (threads > 256) threads = 256;
  for (int i = 0; i < threads; ++i) {
    int err = pthread_create(&ids[i], NULL, work, &thread_stack);
    if (err != 0) {
      fprintf(stderr, "pthread_create %d: error %d\n", i, err);
      return 2;
    }
  }
  for (int i = 0; i < threads; ++i) pthread_join(ids[i], NULL);
  printf("thread stack %zu\n", thread_stack);
  printf("recursed %ld\n", down(mib * 1024) + mib);
  return 0;
}
