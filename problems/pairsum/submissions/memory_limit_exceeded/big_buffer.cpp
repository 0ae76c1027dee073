// Writes to 512 MiB (twice the 256 MiB limit): every page is touched, so it is all resident.
#include <cstdio>
#include <cstring>
#include <vector>

int main() {
  long long n;
  if (std::scanf("%lld", &n) != 1) return 1;
  std::vector<char> buffer(512u << 20);
  std::memset(buffer.data(), 1, buffer.size());
  // Tell the compiler the buffer is used, so the writes cannot be optimized away.
  asm volatile("" : : "r"(buffer.data()) : "memory");
  std::printf("%lld %lld\n", n / 2, n - n / 2);
}
