/* fixed_loop [N]: a fixed amount of CPU work (N million iterations of a dependent chain, default 530 ~ 0.5 s on the dev machine),
 * so that its measured CPU time shows the measurement's own noise. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char** argv) {
  long n = (argc > 1 ? atol(argv[1]) : 530) * 1000000L;
  unsigned long x = 1;
  for (long i = 0; i < n; ++i) x = x * 6364136223846793005UL + 1442695040888963407UL;
  printf("%lu\n", x & 1);
  return 0;
}
