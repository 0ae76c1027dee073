// Bug: 32-bit int. Passes the small tests, then 2147483647 + 1 overflows (and 10^18 does not
// even fit: the read fails).
#include <iostream>

int main() {
  int a = 0, b = 0;
  std::cin >> a >> b;
  std::cout << a + b << '\n';
}
