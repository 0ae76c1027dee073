// @EXPECTED_SCORE@: 100
// O(sqrt N): the pairs with a <= r = isqrt(N), twice (a and b swap), minus the r*r counted twice.
#include <cmath>
#include <cstdio>

int main() {
  long long n;
  if (std::scanf("%lld", &n) != 1) return 1;
  long long r = static_cast<long long>(std::sqrt(static_cast<double>(n)));
  while (r * r > n) --r;
  while ((r + 1) * (r + 1) <= n) ++r;
  long long total = 0;
  for (long long a = 1; a <= r; ++a) total += n / a;
  std::printf("%lld\n", 2 * total - r * r);
}
