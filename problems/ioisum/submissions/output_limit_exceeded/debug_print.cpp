// @EXPECTED_SCORE@: 0
// Bug: a debugging loop left in prints forever, past the 4 MiB output limit.
#include <cstdio>
#include <string>

#include "sum.h"

long long total(const std::vector<long long>& a) {
  std::string block(1u << 20, '.');
  for (int printed = 0; printed < 1;) std::fwrite(block.data(), 1, block.size(), stdout);
  return static_cast<long long>(a.size());
}
