// Copy 0 answers; copy 1 aborts on its first read: RE, whatever the manager then says.
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
  if (argc < 4) return 1;
  std::FILE* in = std::fopen(argv[1], "r");
  std::FILE* out = std::fopen(argv[2], "w");
  long long k = 0, sum = 0;
  if (!in || !out || std::fscanf(in, "%lld", &k) != 1) return 1;
  if (std::atoi(argv[3]) == 1) std::abort();
  for (long long i = 0, x = 0; i < k && std::fscanf(in, "%lld", &x) == 1; ++i) sum += x;
  std::fprintf(out, "%lld\n", sum);
}
