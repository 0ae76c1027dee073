// @EXPECTED_SCORE@: 0
// Does not compile: `total` is never declared.
#include <cstdio>

int main() {
  long long n;
  if (std::scanf("%lld", &n) != 1) return 1;
  for (long long a = 1; a * a <= n; ++a) total += n / a;
  std::printf("%lld\n", total);
}
