// Reads the bounds, then waits for a reply to a question it never asks: both sides wait on each
// other until the program's wall time limit ends it.
#include <iostream>
#include <string>

int main() {
  long long n, q;
  std::cin >> n >> q;
  std::string reply;
  std::cin >> reply;
}
