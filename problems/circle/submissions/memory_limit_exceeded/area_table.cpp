// Precomputes a table of 2^26 doubles (512 MiB, twice the 256 MiB limit), writing every entry.
#include <cstdio>
#include <numbers>
#include <vector>

int main() {
  std::vector<double> table(1u << 26);
  for (std::size_t i = 0; i < table.size(); ++i) {
    double r = static_cast<double>(i) / 64;
    table[i] = std::numbers::pi * r * r;
  }
  asm volatile("" : : "r"(table.data()) : "memory");
  int q;
  if (std::scanf("%d", &q) != 1) return 1;
  while (q-- > 0) {
    double r;
    if (std::scanf("%lf", &r) != 1) return 1;
    std::printf("%.10f\n", std::numbers::pi * r * r);
  }
}
