// Bug: sorts correctly but prints one number per line; the lines checker wants them on one line.
#include <algorithm>
#include <iostream>
#include <vector>

int main() {
  int n;
  std::cin >> n;
  std::vector<int> a(n);
  for (int& x : a) std::cin >> x;
  std::sort(a.begin(), a.end());
  for (int x : a) std::cout << x << '\n';
}
