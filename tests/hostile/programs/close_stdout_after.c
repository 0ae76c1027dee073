// hostile: prints the answer, closes stdout, then keeps working and writing to the closed fd. The answer is
// already in the judge's file; the run ends normally.
// verdict: AC
#include <stdio.h>
#include <unistd.h>
int main(void) {
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  fflush(stdout);
  close(1);
  volatile unsigned long n = 0;
  for (long i = 0; i < 100000000; ++i) n += i;
  write(1, "junk\n", 5);  // EBADF
  return 0;
}
