// Reads its numbers from the manager, answers their sum; copy 1 then adds copy 0's sum.
// The channels are the first two arguments (CMS fifo_io), the index the last.
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
  if (argc < 4) return 1;
  std::FILE* in = std::fopen(argv[1], "r");
  std::FILE* out = std::fopen(argv[2], "w");
  int index = std::atoi(argv[3]);
  long long k = 0, sum = 0;
  if (!in || !out || std::fscanf(in, "%lld", &k) != 1) return 1;
  for (long long i = 0, x = 0; i < k && std::fscanf(in, "%lld", &x) == 1; ++i) sum += x;
  if (index == 0) {
    std::fprintf(out, "%lld\n", sum);
    return 0;
  }
  long long other = 0;
  if (std::fscanf(in, "%lld", &other) != 1) return 1;
  std::fprintf(out, "%lld\n", sum + other);
}
