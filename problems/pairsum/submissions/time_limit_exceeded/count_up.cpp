// Too slow: counts a up to n / 2 one unit at a time (volatile, so the loop stays). Fine for small
// n, hopeless for n = 10^18.
#include <iostream>

int main() {
  long long n;
  std::cin >> n;
  volatile long long a = 0;
  while (a < n / 2) a = a + 1;
  std::cout << a << ' ' << n - a << '\n';
}
