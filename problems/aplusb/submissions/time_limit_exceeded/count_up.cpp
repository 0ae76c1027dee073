// Too slow: adds b one unit at a time. Fine for the small tests, hopeless for |b| = 10^18.
// The accumulator is volatile so the compiler cannot turn the loop back into one addition.
#include <iostream>

int main() {
  long long a, b;
  std::cin >> a >> b;
  volatile long long sum = a;
  long long step = b < 0 ? -1 : 1;
  for (long long left = b < 0 ? -b : b; left > 0; --left) sum = sum + step;
  std::cout << sum << '\n';
}
