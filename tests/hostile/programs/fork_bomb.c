// hostile: fork bomb; the pids limit stops it, the CPU limit ends it, nothing survives
// verdict: TLE
#include <unistd.h>
int main(void) {
  for (;;) fork();
}
