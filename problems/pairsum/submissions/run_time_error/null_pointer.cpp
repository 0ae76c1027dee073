// Crashes with SIGSEGV: writes through a null pointer (volatile, so it is not optimized away).
#include <cstdio>

int main() {
  long long n;
  if (std::scanf("%lld", &n) != 1) return 1;
  long long* volatile half = nullptr;
  *half = n / 2;
  std::printf("%lld %lld\n", *half, n - *half);
}
