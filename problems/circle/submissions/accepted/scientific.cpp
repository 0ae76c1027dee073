// Prints in scientific notation with 12 significant digits after the point: the float checker
// reads numbers, not strings, so 3.141592653590e+00 is as good as 3.1415926536.
#include <iomanip>
#include <iostream>
#include <numbers>

int main() {
  std::ios::sync_with_stdio(false);
  int q;
  std::cin >> q;
  std::cout << std::scientific << std::setprecision(12);
  for (int i = 0; i < q; ++i) {
    long double r;
    std::cin >> r;
    std::cout << std::numbers::pi_v<long double> * r * r << '\n';
  }
}
