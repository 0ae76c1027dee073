// Too slow: integrates the area numerically, 4 * integral of sqrt(r^2 - x^2) over [0, r], with a
// midpoint rule of 10^10 slices per circle: tens of seconds for the very first radius.
#include <cmath>
#include <cstdio>

int main() {
  int q;
  if (std::scanf("%d", &q) != 1) return 1;
  const long long slices = 10'000'000'000LL;
  while (q-- > 0) {
    double r;
    if (std::scanf("%lf", &r) != 1) return 1;
    double h = r / static_cast<double>(slices), sum = 0;
    for (long long i = 0; i < slices; ++i) {
      double x = (static_cast<double>(i) + 0.5) * h;
      sum += std::sqrt(r * r - x * x);
    }
    std::printf("%.10f\n", 4 * sum * h);
  }
}
