// hostile: takes a write lease on stdout (allowed: the judge hands the output file to the box's uid for
// the run), so that the judge's later open() to read the output would block for lease-break-time (45 s).
// It does not: the lease dies with the last fd of that open file, which the judge closes before reading.
// verdict: AC
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
int main(void) {
  signal(SIGIO, SIG_IGN);
  fcntl(1, F_SETLEASE, F_WRLCK);
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
