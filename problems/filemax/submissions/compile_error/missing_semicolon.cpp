#include <fstream>

int main() {
  std::ofstream out("output.txt") out << 0 << '\n';
}
