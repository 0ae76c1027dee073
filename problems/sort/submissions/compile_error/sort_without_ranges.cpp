// Does not compile: std::sort takes two iterators, not a container (that is std::ranges::sort).
#include <algorithm>
#include <iostream>
#include <vector>

int main() {
  int n;
  std::cin >> n;
  std::vector<int> a(n);
  for (int& x : a) std::cin >> x;
  std::sort(a);
  for (int x : a) std::cout << x << ' ';
  std::cout << '\n';
}
