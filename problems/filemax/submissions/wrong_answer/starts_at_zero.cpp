// Bug: the maximum starts at 0, so an input of negative numbers gets 0.
#include <fstream>

int main() {
  std::ifstream in("input.txt");
  std::ofstream out("output.txt");
  long long n, x, best = 0;
  in >> n;
  for (long long i = 0; i < n; ++i)
    if (in >> x && x > best) best = x;
  out << best << '\n';
}
