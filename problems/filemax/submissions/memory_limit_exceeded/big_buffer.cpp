// Writes to 512 MiB (twice the 256 MiB limit): every page is touched, so it is all resident.
#include <cstring>
#include <fstream>
#include <vector>

int main() {
  std::ifstream in("input.txt");
  std::ofstream out("output.txt");
  long long n, x, best;
  in >> n >> best;
  for (long long i = 1; i < n; ++i)
    if (in >> x && x > best) best = x;
  std::vector<char> buffer(512u << 20);
  std::memset(buffer.data(), 1, buffer.size());
  asm volatile("" : : "r"(buffer.data()) : "memory");
  out << best << '\n';
}
