// @EXPECTED_SCORE@: 20
// O(N^2): tries every pair. Solves subtask 1 (N <= 1000); the first test of subtask 2
// (N = 10^6, 10^12 pairs) runs out of time, and subtask 3, which depends on subtask 2, is
// SKIPPED without running.
#include <cstdio>

int main() {
  long long n;
  if (std::scanf("%lld", &n) != 1) return 1;
  long long total = 0;
  for (long long a = 1; a <= n; ++a)
    for (long long b = 1; b <= n; ++b) total += a * b <= n;
  std::printf("%lld\n", total);
}
