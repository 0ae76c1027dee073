// @EXPECTED_SCORE@: 40 (subtask "small" only)
// Too slow: adds each number one unit at a time (10^13 steps for the large tests). The sum is
// volatile so the compiler cannot turn the loop back into one addition.
#include "sum.h"

long long total(const std::vector<long long>& a) {
  volatile long long sum = 0;
  for (long long x : a) {
    long long step = x < 0 ? -1 : 1;
    for (long long left = x < 0 ? -x : x; left > 0; --left) sum = sum + step;
  }
  return sum;
}
