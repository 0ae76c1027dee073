// @EXPECTED_SCORE@: 50
// O(N): fast for subtasks 1 and 2 (N <= 10^6), far too slow for subtask 3 (10^11 divisions),
// whose first test runs out of time and whose other tests are then SKIPPED.
#include <cstdio>

int main() {
  long long n;
  if (std::scanf("%lld", &n) != 1) return 1;
  long long total = 0;
  for (long long a = 1; a <= n; ++a) total += n / a;
  std::printf("%lld\n", total);
}
