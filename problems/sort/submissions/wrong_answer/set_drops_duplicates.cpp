// Bug: a std::set sorts, but also drops repeated numbers (the example has 5 twice).
#include <iostream>
#include <set>

int main() {
  int n;
  std::cin >> n;
  std::set<int> values;
  for (int i = 0; i < n; ++i) {
    int x;
    std::cin >> x;
    values.insert(x);
  }
  bool first = true;
  for (int x : values) {
    std::cout << (first ? "" : " ") << x;
    first = false;
  }
  std::cout << '\n';
}
