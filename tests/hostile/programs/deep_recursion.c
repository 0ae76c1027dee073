// hostile (a fair one): recursion 90000 deep with 1 KiB frames, about 90 MiB of stack. The stack is
// unlimited under the memory limit (128 MiB), so this must run.
// verdict: AC
#include <stdio.h>
static long down(long n, long a) {
  volatile char frame[1000];  // volatile: the frame cannot be optimised away, nor the call turned into a loop
  frame[0] = (char)n, frame[999] = 1;
  if (n == 0) return a;
  return down(n - 1, a) + frame[999] - 1;  // frame[999] is 1: read after the call
}
int main(void) {
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", down(90000, a) + b);
  return 0;
}
