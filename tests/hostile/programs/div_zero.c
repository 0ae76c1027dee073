// hostile: integer division by zero after printing the answer
// verdict: RE
// message: SIGFPE
// signal: 8
#include <stdio.h>
int main(void) {
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  fflush(stdout);
  volatile long zero = 0;
  printf("%ld\n", a / zero);
  return 0;
}
