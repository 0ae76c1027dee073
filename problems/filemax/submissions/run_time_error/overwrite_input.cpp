// Bug: tries to write its scratch data back into input.txt, which is read-only; the failed open
// is an exception.
#include <fstream>
#include <stdexcept>

int main() {
  std::fstream in("input.txt", std::ios::in | std::ios::out);
  if (!in) throw std::runtime_error("cannot open input.txt for writing");
  std::ofstream("output.txt") << "0\n";
}
