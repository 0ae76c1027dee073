// @EXPECTED_SCORE@: 0
// Bug: the loop counter is never incremented, so the answer is printed forever, past the 4 MiB
// output limit (in 1 MiB blocks, so it gets there in milliseconds).
#include <cstdio>
#include <string>

int main() {
  long long n;
  if (std::scanf("%lld", &n) != 1) return 1;
  std::string line = std::to_string(n) + '\n', block;
  while (block.size() < (1u << 20)) block += line;
  for (int printed = 0; printed < 1;) std::fwrite(block.data(), 1, block.size(), stdout);
}
