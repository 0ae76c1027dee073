// Tries a counting sort with a table of 2^27 ints (512 MiB, twice the 256 MiB limit). The table is
// zero-filled, which touches every page, before a single number is read.
#include <cstdio>
#include <vector>

int main() {
  std::vector<int> count(1u << 27);
  asm volatile("" : : "r"(count.data()) : "memory");
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<int> a(n);
  for (int& x : a)
    if (std::scanf("%d", &x) != 1) return 1;
  const long long offset = 1'000'000'000;
  for (int x : a) ++count[(x + offset) % count.size()];  // (wrong anyway: values collide)
  bool first = true;
  for (std::size_t v = 0; v < count.size(); ++v)
    for (int k = 0; k < count[v]; ++k) {
      std::printf(first ? "%lld" : " %lld", static_cast<long long>(v) - offset);
      first = false;
    }
  std::printf("\n");
}
