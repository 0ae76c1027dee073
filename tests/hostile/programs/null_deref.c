// hostile: writes through a null pointer after printing the answer
// verdict: RE
// message: SIGSEGV
// signal: 11
#include <stdio.h>
int main(void) {
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  fflush(stdout);
  volatile int* volatile p = 0;  // volatile twice: the store can be neither dropped nor turned into a trap
  *p = 1;
  return 0;
}
