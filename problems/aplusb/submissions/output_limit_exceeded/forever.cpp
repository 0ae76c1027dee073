// Bug: the loop counter is never incremented, so the answer is printed forever, past the 4 MiB
// output limit. (It writes 1 MiB blocks of answers, so it gets there in milliseconds.)
#include <cstdio>
#include <string>

int main() {
  long long a, b;
  if (std::scanf("%lld %lld", &a, &b) != 2) return 1;
  std::string line = std::to_string(a + b) + '\n', block;
  while (block.size() < (1u << 20)) block += line;
  for (int printed = 0; printed < 1;) std::fwrite(block.data(), 1, block.size(), stdout);
}
