// 32-bit integers: right only in group 1.
// @EXPECTED_SCORE@: 40
#include <algorithm>
#include <fstream>

int main() {
  std::ifstream in("input.txt");
  std::ofstream out("output.txt");
  int n, x, lo, hi;
  in >> n >> x;
  lo = hi = x;
  for (int i = 1; i < n; ++i) {
    in >> x;
    lo = std::min(lo, x);
    hi = std::max(hi, x);
  }
  out << lo << " " << hi << "\n";
}
