// a = n / 2, b = the rest: a different pair from the answer file's 1 + (n - 1), and right.
#include <iostream>

int main() {
  long long n;
  std::cin >> n;
  std::cout << n / 2 << ' ' << n - n / 2 << '\n';
}
