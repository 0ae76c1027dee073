// hostile: compiles to a 16 MiB binary (an initialized static array) to fill the judge's compile
// cache, and with it the host's disk: every distinct submission would add its binary. The cache
// holds 4 MiB here; the program must still be graded right, and the cache must stay within 4 MiB.
// verdict: AC
// cache-max: 4MiB
#include <stdio.h>
static char pad[16 << 20] = {1};
int main(void) {
  long long a, b;
  if (scanf("%lld %lld", &a, &b) != 2) return 1;
  volatile char* p = pad;  // keeps the array in the binary
  printf("%lld\n", a + b + p[0] - 1);
  return 0;
}
