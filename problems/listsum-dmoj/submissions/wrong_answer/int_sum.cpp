// @EXPECTED_SCORE@: 30
// A 32-bit sum: right for batch 1, wrong for batch 2.
#include <cstdio>

int main() {
  int n, sum = 0;
  if (std::scanf("%d", &n) != 1) return 1;
  for (int i = 0; i < n; ++i) {
    long long a;
    if (std::scanf("%lld", &a) != 1) return 1;
    sum = static_cast<int>(static_cast<unsigned>(sum) + static_cast<unsigned>(a));
  }
  std::printf("%d\n", sum);
  return 0;
}
