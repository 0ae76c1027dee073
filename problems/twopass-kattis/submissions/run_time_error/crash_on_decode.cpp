// Encodes, then crashes in the second pass.
#include <cstdlib>
#include <iostream>
#include <string>

int main() {
  std::string step;
  std::cin >> step;
  if (step == "decode") std::abort();
  std::cout << "x" << std::endl;
}
