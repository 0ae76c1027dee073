// Reads input.txt and writes output.txt with C stdio.
#include <cstdio>

int main() {
  std::FILE* in = std::fopen("input.txt", "r");
  std::FILE* out = std::fopen("output.txt", "w");
  if (!in || !out) return 1;
  long long n, best = 0, x;
  if (std::fscanf(in, "%lld", &n) != 1) return 1;
  for (long long i = 0; i < n; ++i) {
    if (std::fscanf(in, "%lld", &x) != 1) return 1;
    if (i == 0 || x > best) best = x;
  }
  std::fprintf(out, "%lld\n", best);
}
