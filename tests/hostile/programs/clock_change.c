// hostile: sets the machine's clock with settimeofday, clock_settime, adjtimex and clock_adjtime (there is
// no time namespace: success would move the host's clock). seccomp refuses them all; the clock has not moved.
// verdict: AC
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <time.h>
int main(void) {
  struct timespec before, after;
  clock_gettime(CLOCK_REALTIME, &before);
  struct timeval tv = {before.tv_sec + 86400 * 365, 0};
  if (settimeofday(&tv, 0) == 0) return printf("LEAK settimeofday\n"), 0;
  struct timespec ts = {before.tv_sec - 86400 * 365, 0};
  if (clock_settime(CLOCK_REALTIME, &ts) == 0) return printf("LEAK clock_settime\n"), 0;
  struct timex tx = {.modes = ADJ_OFFSET | ADJ_FREQUENCY, .offset = 500000, .freq = 100 << 16};
  if (adjtimex(&tx) >= 0) return printf("LEAK adjtimex\n"), 0;
  if (clock_adjtime(CLOCK_REALTIME, &tx) >= 0) return printf("LEAK clock_adjtime\n"), 0;
  clock_gettime(CLOCK_REALTIME, &after);
  if (after.tv_sec < before.tv_sec || after.tv_sec > before.tv_sec + 5) return printf("LEAK the clock moved\n"), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
