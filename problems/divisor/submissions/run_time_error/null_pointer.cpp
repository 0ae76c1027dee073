// Crashes with SIGSEGV: writes through a null pointer (volatile, so it is not optimized away).
#include <cstdio>

int main() {
  long long n;
  if (std::scanf("%lld", &n) != 1) return 1;
  long long* volatile d = nullptr;
  *d = 2;
  std::printf("%lld\n", *d);
}
