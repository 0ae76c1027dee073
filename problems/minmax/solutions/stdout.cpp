// Reads stdin and writes stdout, not the files the problem names.
// @EXPECTED_SCORE@: 0
#include <iostream>

int main() {
  long long n, x, lo = 0, hi = 0;
  if (std::cin >> n >> x) lo = hi = x;
  std::cout << lo << " " << hi << "\n";
}
