// Bug: `while (scanf(...))` is true at end of input too (scanf returns EOF, -1), so after the last
// radius it prints that area forever, far past the 4 MiB output limit.
#include <cstdio>
#include <numbers>

int main() {
  int q;
  if (std::scanf("%d", &q) != 1) return 1;
  double r;
  while (std::scanf("%lf", &r)) std::printf("%.10f\n", std::numbers::pi * r * r);
}
