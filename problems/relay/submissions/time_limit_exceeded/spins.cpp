// Copy 1 computes forever before it answers: its CPU time passes the limit.
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
  if (argc < 4) return 1;
  if (std::atoi(argv[3]) == 1)
    for (volatile unsigned long long i = 0;; ++i) {
    }
  std::FILE* in = std::fopen(argv[1], "r");
  std::FILE* out = std::fopen(argv[2], "w");
  long long k = 0, sum = 0;
  if (!in || !out || std::fscanf(in, "%lld", &k) != 1) return 1;
  for (long long i = 0, x = 0; i < k && std::fscanf(in, "%lld", &x) == 1; ++i) sum += x;
  std::fprintf(out, "%lld\n", sum);
}
