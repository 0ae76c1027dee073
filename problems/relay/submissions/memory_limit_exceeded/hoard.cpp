// Touches 512 MiB (twice the 256 MiB limit) before it says anything: every page is resident.
#include <cstring>
#include <vector>

int main() {
  std::vector<char> buffer(512u << 20);
  std::memset(buffer.data(), 1, buffer.size());
  // Tell the compiler the buffer is used, so the writes cannot be optimized away.
  asm volatile("" : : "r"(buffer.data()) : "memory");
}
