// Bug: loops one past the end with .at(), which throws std::out_of_range; nothing catches it, so
// std::terminate aborts the program (SIGABRT).
#include <cstdio>
#include <numbers>
#include <vector>

int main() {
  int q;
  if (std::scanf("%d", &q) != 1) return 1;
  std::vector<double> radii(q);
  for (double& r : radii)
    if (std::scanf("%lf", &r) != 1) return 1;
  for (int i = 0; i <= q; ++i) std::printf("%.10f\n", std::numbers::pi * radii.at(i) * radii.at(i));
}
