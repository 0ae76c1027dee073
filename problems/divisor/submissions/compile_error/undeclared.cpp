// Does not compile: `d` is used outside the loop that declares it.
#include <iostream>

int main() {
  long long n;
  std::cin >> n;
  for (long long d = 2; n % d != 0; ++d) {
  }
  std::cout << d << '\n';
}
