// Bug: 0 + n is n, but a must be at least 1.
#include <iostream>

int main() {
  long long n;
  std::cin >> n;
  std::cout << 0 << ' ' << n << '\n';
}
