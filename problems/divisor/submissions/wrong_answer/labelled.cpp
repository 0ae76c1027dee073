// Presentation error: prints "d=2" instead of the number (reported as WA, "presentation error").
#include <iostream>

int main() {
  long long n;
  std::cin >> n;
  for (long long d = 2; d * d <= n; ++d)
    if (n % d == 0) {
      std::cout << "d=" << d << '\n';
      return 0;
    }
}
