// n buckets of equal width over [min, max], each sorted with std::sort.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<long long> a(n);
  for (long long& x : a)
    if (std::scanf("%lld", &x) != 1) return 1;
  long long lo = *std::min_element(a.begin(), a.end()), hi = *std::max_element(a.begin(), a.end());
  long long width = n > 1 ? (hi - lo) / (n - 1) + 1 : 1;
  std::vector<std::vector<long long>> buckets(n);
  for (long long x : a) buckets[(x - lo) / width].push_back(x);
  bool first = true;
  for (auto& bucket : buckets) {
    std::sort(bucket.begin(), bucket.end());
    for (long long x : bucket) {
      std::printf(first ? "%lld" : " %lld", x);
      first = false;
    }
  }
  std::printf("\n");
}
