// Bug: the loop counter is never incremented, so "2" is printed forever, past the 4 MiB output
// limit (in 1 MiB blocks, so it gets there in milliseconds).
#include <cstdio>
#include <string>

int main() {
  std::string block;
  while (block.size() < (1u << 20)) block += "2\n";
  for (int printed = 0; printed < 1;) std::fwrite(block.data(), 1, block.size(), stdout);
}
