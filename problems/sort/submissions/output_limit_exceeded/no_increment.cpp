// Bug: the output loop never advances i, so it prints the smallest number forever (past 4 MiB).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<int> a(n);
  for (int& x : a)
    if (std::scanf("%d", &x) != 1) return 1;
  std::sort(a.begin(), a.end());
  int i = 0;
  while (i < n) {
    std::printf("%d ", a[i]);
  }
  std::printf("\n");
}
