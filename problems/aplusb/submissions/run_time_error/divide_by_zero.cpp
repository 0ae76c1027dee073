// Dies with SIGFPE: an integer division by zero (the divisor is volatile, so it happens at run time).
#include <cstdio>

int main() {
  long long a, b;
  if (std::scanf("%lld %lld", &a, &b) != 2) return 1;
  volatile long long zero = 0;
  std::printf("%lld\n", (a + b) / zero);
}
