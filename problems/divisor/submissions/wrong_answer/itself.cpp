// Bug: n divides n, but a divisor must be less than n.
#include <iostream>

int main() {
  long long n;
  std::cin >> n;
  std::cout << n << '\n';
}
