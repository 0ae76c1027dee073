// @EXPECTED_SCORE@: 100
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
  std::printf("%.9f\n", static_cast<double>(sum) / n);
}
