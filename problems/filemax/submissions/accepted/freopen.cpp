// The usual contest idiom: freopen the files over stdin and stdout, then read and write as ever.
#include <cstdio>
#include <iostream>

int main() {
  if (!std::freopen("input.txt", "r", stdin) || !std::freopen("output.txt", "w", stdout)) return 1;
  std::ios::sync_with_stdio(false);
  long long n, x, best;
  std::cin >> n >> best;
  for (long long i = 1; i < n; ++i)
    if (std::cin >> x && x > best) best = x;
  std::cout << best << '\n';
}
