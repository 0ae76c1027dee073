// The manager of relay, run as CMS runs a Communication manager:
//   manager FROM_COPY0 TO_COPY0 FROM_COPY1 TO_COPY1 < test input
// Prints the score (1 or 0) on stdout and a message on stderr. The channels are opened without
// blocking: a copy that is already gone must not keep the manager waiting in open().
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

namespace {

[[noreturn]] void score(double points, const std::string& why) {
  std::cout << points << std::endl;
  std::cerr << why << std::endl;
  std::exit(0);
}

std::FILE* open_channel(const char* name, bool write) {
  int fd = ::open(name, (write ? O_WRONLY : O_RDONLY) | O_NONBLOCK);
  if (fd < 0) score(0, std::string("a copy left before it was spoken to: ") + name);
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  return ::fdopen(fd, write ? "w" : "r");
}

struct Copy {
  std::FILE *from, *to;
};

long long answer_of(const Copy& copy, int index) {
  long long value = 0;
  if (std::fscanf(copy.from, "%lld", &value) != 1)
    score(0, "copy " + std::to_string(index) + " gave no number");
  return value;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) return 1;
  ::signal(SIGPIPE, SIG_IGN);  // a copy that left: its answer is missing, the score says so
  std::size_t n = 0;
  if (!(std::cin >> n) || n == 0) return 1;
  std::vector<long long> a(n);
  long long total = 0;
  for (long long& x : a) {
    if (!(std::cin >> x)) return 1;
    total += x;
  }
  Copy copies[2];
  for (int i = 0; i < 2; ++i)
    copies[i] = {open_channel(argv[1 + 2 * i], false), open_channel(argv[2 + 2 * i], true)};
  const std::size_t half = n / 2;
  for (int i = 0; i < 2; ++i) {
    std::size_t from = i == 0 ? 0 : half, to = i == 0 ? half : n;
    std::fprintf(copies[i].to, "%zu", to - from);
    for (std::size_t k = from; k < to; ++k) std::fprintf(copies[i].to, " %lld", a[k]);
    std::fprintf(copies[i].to, "\n");
    std::fflush(copies[i].to);
  }
  long long first = answer_of(copies[0], 0);
  long long expected_first = 0;
  for (std::size_t k = 0; k < half; ++k) expected_first += a[k];
  if (first != expected_first) score(0, "copy 0 gave a wrong sum of its half");
  std::fprintf(copies[1].to, "%lld\n", first);
  std::fflush(copies[1].to);
  if (answer_of(copies[1], 1) != total) score(0, "copy 1 gave a wrong total");
  score(1, "both sums right");
}
