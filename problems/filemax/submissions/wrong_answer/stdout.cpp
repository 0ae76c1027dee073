// Bug: reads the file but prints the answer on stdout, which a file-I/O problem ignores: no
// output.txt, so WA ("no output file").
#include <fstream>
#include <iostream>

int main() {
  std::ifstream in("input.txt");
  long long n, x, best;
  in >> n >> best;
  for (long long i = 1; i < n; ++i)
    if (in >> x && x > best) best = x;
  std::cout << best << '\n';
}
