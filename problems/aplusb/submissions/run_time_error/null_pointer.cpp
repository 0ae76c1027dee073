// Crashes with SIGSEGV: writes the sum through a null pointer (volatile, so it is not optimized away).
#include <cstdio>

int main() {
  long long a, b;
  if (std::scanf("%lld %lld", &a, &b) != 2) return 1;
  long long* volatile result = nullptr;
  *result = a + b;
  std::printf("%lld\n", *result);
}
