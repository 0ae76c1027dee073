// Too slow: bubble sort, about n^2 / 2 = 2*10^10 comparisons for n = 2*10^5 (tens of seconds).
#include <cstdio>
#include <utility>
#include <vector>

int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<int> a(n);
  for (int& x : a)
    if (std::scanf("%d", &x) != 1) return 1;
  for (int end = n; end > 1; --end)
    for (int i = 0; i + 1 < end; ++i)
      if (a[i] > a[i + 1]) std::swap(a[i], a[i + 1]);
  for (int i = 0; i < n; ++i) std::printf(i + 1 < n ? "%d " : "%d\n", a[i]);
}
