// @EXPECTED_SCORE@: 0
// Writes to 512 MiB (twice the 256 MiB limit): every page is touched, so it is all resident.
#include <cstring>

#include "sum.h"

long long total(const std::vector<long long>& a) {
  std::vector<char> buffer(512u << 20);
  std::memset(buffer.data(), 1, buffer.size());
  asm volatile("" : : "r"(buffer.data()) : "memory");
  long long sum = 0;
  for (long long x : a) sum += x;
  return sum;
}
