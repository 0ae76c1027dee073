// Reads with long long: |a + b| <= 2e18 < 2^63 - 1.
#include <iostream>

int main() {
  long long a, b;
  std::cin >> a >> b;
  std::cout << a + b << '\n';
}
