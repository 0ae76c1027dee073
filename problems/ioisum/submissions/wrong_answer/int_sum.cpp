// @EXPECTED_SCORE@: 40 (subtask "small" only)
// Bug: sums in an int, which overflows on 2147483647 + 1.
#include "sum.h"

long long total(const std::vector<long long>& a) {
  int sum = 0;
  for (long long x : a) sum = static_cast<int>(sum + x);
  return sum;
}
