// @EXPECTED_SCORE@: 50
// Right method, 32-bit total: wraps around for N >= about 4 * 10^8, so subtask 3 fails (WA)
// while subtasks 1 and 2 (N <= 10^6, totals below 1.4 * 10^7) score 20 + 30.
#include <cmath>
#include <cstdio>

int main() {
  long long n;
  if (std::scanf("%lld", &n) != 1) return 1;
  long long r = static_cast<long long>(std::sqrt(static_cast<double>(n)));
  while (r * r > n) --r;
  while ((r + 1) * (r + 1) <= n) ++r;
  unsigned total = 0;  // unsigned: the wrap-around is defined, and wrong
  for (long long a = 1; a <= r; ++a) total += static_cast<unsigned>(n / a);
  std::printf("%u\n", 2 * total - static_cast<unsigned>(r * r));
}
