// @EXPECTED_SCORE@: 0
// Bug: counts only the pairs with a <= b, forgetting that (a, b) and (b, a) are different pairs.
// Wrong from the first sample on: every subtask scores 0.
#include <cmath>
#include <cstdio>

int main() {
  long long n;
  if (std::scanf("%lld", &n) != 1) return 1;
  long long total = 0;
  for (long long a = 1; a * a <= n; ++a) total += n / a - a + 1;
  std::printf("%lld\n", total);
}
