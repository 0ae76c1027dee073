// Too slow: recomputes the maximum of every prefix, O(n^2) on the 2*10^5-number test. The running
// maximum is volatile so the compiler cannot collapse the inner loop.
#include <fstream>
#include <vector>

int main() {
  std::ifstream in("input.txt");
  std::ofstream out("output.txt");
  long long n;
  in >> n;
  std::vector<long long> a(n);
  for (auto& x : a) in >> x;
  volatile long long best = a[0];
  for (long long i = 0; i < n; ++i) {
    best = a[0];
    for (long long j = 0; j <= i; ++j)
      if (a[j] > best) best = a[j];
  }
  out << best << '\n';
}
