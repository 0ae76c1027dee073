// @EXPECTED_SCORE@: 0
// Bug: the loop starts at a = 0, so the first division is by zero (SIGFPE).
#include <cstdio>

int main() {
  long long n;
  if (std::scanf("%lld", &n) != 1) return 1;
  volatile long long start = 0;
  long long total = 0;
  for (long long a = start; a <= n; ++a) total += n / a;
  std::printf("%lld\n", total);
}
