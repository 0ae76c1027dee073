// hostile: recursion without end. The stack is unlimited under the memory limit, so the memory cgroup
// runs out: the OOM killer ends it.
// verdict: MLE
// message: memory limit
// time-limit: 30s
#include <stdio.h>
static long down(long n) {
  volatile char frame[1000];  // volatile: no tail call, no optimised-away frame
  frame[0] = (char)n, frame[999] = 1;
  return down(n + 1) + frame[999];
}
int main(void) {
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", down(a) + b);
  return 0;
}
