// Counts up from 1: too many guesses. The interactor says WA while this program still waits for
// its next reply; it is stopped at once.
#include <iostream>
#include <string>

int main() {
  long long n, q;
  std::cin >> n >> q;
  for (long long g = 1; g <= n; ++g) {
    std::cout << "? " << g << std::endl;
    std::string reply;
    if (!(std::cin >> reply) || reply == "correct") return 0;
  }
}
