// Bug: the loop counter is never incremented, so output.txt grows past the 4 MiB output limit
// (the file size limit stops it: OLE).
#include <cstdio>
#include <string>

int main() {
  std::FILE* out = std::fopen("output.txt", "w");
  if (!out) return 1;
  std::string block(1u << 20, '7');
  for (int written = 0; written < 1;) std::fwrite(block.data(), 1, block.size(), out);
}
