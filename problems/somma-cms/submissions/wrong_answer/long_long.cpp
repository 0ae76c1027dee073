// @EXPECTED_SCORE@: 40
// 64 bits hold the sums of subtask 2, not those of subtask 3.
#include <cstdio>

int main() {
  long long a, b;
  FILE* in = std::fopen("input.txt", "r");
  if (!in || std::fscanf(in, "%lld %lld", &a, &b) != 2) return 1;
  FILE* out = std::fopen("output.txt", "w");
  std::fprintf(out, "%lld\n", a + b);
  return 0;
}
