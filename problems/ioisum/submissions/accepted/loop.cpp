// @EXPECTED_SCORE@: 100
#include "sum.h"

long long total(const std::vector<long long>& a) {
  long long sum = 0;
  for (long long x : a) sum += x;
  return sum;
}
