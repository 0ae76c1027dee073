// pi * r * r in double, printed with 10 digits after the point.
#include <cstdio>
#include <numbers>

int main() {
  int q;
  if (std::scanf("%d", &q) != 1) return 1;
  while (q-- > 0) {
    double r;
    if (std::scanf("%lf", &r) != 1) return 1;
    std::printf("%.10f\n", std::numbers::pi * r * r);
  }
}
