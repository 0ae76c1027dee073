// Asks once, then crashes.
#include <cstdlib>
#include <iostream>
#include <string>

int main() {
  long long n, q;
  std::cin >> n >> q;
  std::cout << "? " << n / 2 << std::endl;
  std::string reply;
  std::cin >> reply;
  std::abort();
}
