// Binary search: at most ceil(log2(n + 1)) guesses.
#include <iostream>
#include <string>

int main() {
  long long n, q;
  std::cin >> n >> q;
  long long lo = 1, hi = n;
  while (lo <= hi) {
    long long g = lo + (hi - lo) / 2;
    std::cout << "? " << g << std::endl;
    std::string reply;
    if (!(std::cin >> reply) || reply == "correct") return 0;
    if (reply == "higher")
      lo = g + 1;
    else
      hi = g - 1;
  }
}
