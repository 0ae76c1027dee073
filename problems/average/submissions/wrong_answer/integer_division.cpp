// Right only where the average is an integer (group 1).
// @EXPECTED_SCORE@: 40
#include <cstdio>

int main() {
  int n;
  std::scanf("%d", &n);
  long long sum = 0;
  for (int i = 0; i < n; ++i) {
    long long x;
    std::scanf("%lld", &x);
    sum += x;
  }
  std::printf("%lld\n", sum / n);
}
