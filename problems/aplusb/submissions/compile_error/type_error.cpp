// Does not compile: a std::string cannot be initialized from a long long.
#include <iostream>
#include <string>

int main() {
  long long a, b;
  std::cin >> a >> b;
  std::string sum = a + b;
  std::cout << sum << '\n';
}
