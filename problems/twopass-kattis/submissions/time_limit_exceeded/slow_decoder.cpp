// Encodes quickly, then spins in the second pass: the CPU time limit holds in each pass.
#include <iostream>
#include <string>

int main() {
  std::string step;
  std::cin >> step;
  if (step == "encode") {
    std::cout << "x" << std::endl;
    return 0;
  }
  for (volatile unsigned long i = 0;; ++i) {
  }
}
