// Bug: prints one digit after the point. 3.1 for r = 1 is 0.04 off, far outside 1e-6.
#include <cmath>
#include <cstdio>

int main() {
  int q;
  if (std::scanf("%d", &q) != 1) return 1;
  while (q-- > 0) {
    double r;
    if (std::scanf("%lf", &r) != 1) return 1;
    std::printf("%.1f\n", M_PI * r * r);
  }
}
