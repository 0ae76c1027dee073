/* Bug: an off-by-one that only shows on negative numbers (rounds "down" the wrong way). */
#include <stdio.h>

int main(void) {
  long long a, b;
  if (scanf("%lld %lld", &a, &b) != 2) return 1;
  long long s = a + b;
  if (s < 0) s -= 1;
  printf("%lld\n", s);
  return 0;
}
