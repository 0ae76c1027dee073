// @EXPECTED_SCORE@: 0
// Bug: reads one past the end with at(), which throws: the program aborts.
#include "sum.h"

long long total(const std::vector<long long>& a) {
  long long sum = 0;
  for (std::size_t i = 0; i <= a.size(); ++i) sum += a.at(i);
  return sum;
}
