// Cannot remember anything between runs: the second pass gets the wrong number.
#include <iostream>
#include <string>

int main() {
  std::string step;
  std::cin >> step;
  std::cout << (step == "encode" ? "x" : "42") << std::endl;
}
