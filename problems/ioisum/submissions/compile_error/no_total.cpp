// @EXPECTED_SCORE@: 0
// Defines the wrong function: the grader's call to total() does not link.
#include "sum.h"

long long sum(const std::vector<long long>& a) {
  long long s = 0;
  for (long long x : a) s += x;
  return s;
}
