// The problem's grader: reads a test, calls the submission's total(), prints its result.
#include <cstdio>
#include <vector>

#include "sum.h"

int main() {
  long long n;
  if (std::scanf("%lld", &n) != 1) return 3;
  std::vector<long long> a(n);
  for (auto& x : a)
    if (std::scanf("%lld", &x) != 1) return 3;
  std::printf("%lld\n", total(a));
}
