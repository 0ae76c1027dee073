// Trial division up to sqrt(n): the smallest divisor, at most 10^6 steps.
#include <iostream>

int main() {
  long long n;
  std::cin >> n;
  for (long long d = 2; d * d <= n; ++d)
    if (n % d == 0) {
      std::cout << d << '\n';
      return 0;
    }
  return 1;
}
