// Debugging output without end on stderr: the channels are pipes to the manager, but stderr
// counts toward the output limit (64 MiB) all the same.
#include <cstdio>
#include <cstring>

int main() {
  static char line[4096];
  std::memset(line, 'x', sizeof line - 1);
  for (;;) std::fputs(line, stderr);
}
