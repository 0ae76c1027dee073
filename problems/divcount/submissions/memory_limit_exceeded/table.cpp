// @EXPECTED_SCORE@: 0
// Writes to 512 MiB (twice the 256 MiB limit) for a table it does not need: every page is
// touched, so it is all resident.
#include <cstdio>
#include <cstring>
#include <vector>

int main() {
  long long n;
  if (std::scanf("%lld", &n) != 1) return 1;
  std::vector<char> table(512u << 20);
  std::memset(table.data(), 1, table.size());
  // Tell the compiler the table is used, so the writes cannot be optimized away.
  asm volatile("" : : "r"(table.data()) : "memory");
  long long total = 0;
  for (long long a = 1; a * a <= n; ++a) total += n / a;
  std::printf("%lld\n", total);
}
