// @EXPECTED_SCORE@: 100
#include <numeric>

#include "sum.h"

long long total(const std::vector<long long>& a) {
  return std::accumulate(a.begin(), a.end(), 0LL);
}
