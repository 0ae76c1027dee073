// Too slow: looks for the largest divisor from n - 1 down. For the square of a prime near 10^6
// that is about 10^12 steps.
#include <iostream>

int main() {
  long long n;
  std::cin >> n;
  for (long long d = n - 1; d > 1; --d)
    if (n % d == 0) {
      std::cout << d << '\n';
      return 0;
    }
}
