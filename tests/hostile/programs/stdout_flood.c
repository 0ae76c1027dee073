// hostile: prints the answer, then floods stdout with SIGXFSZ ignored, so that it is not killed when the
// file reaches RLIMIT_FSIZE (output limit + 1): writes fail with EFBIG instead, it exits 0, and the size of
// the output file still gives it away.
// verdict: OLE
// message: output limit
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
int main(void) {
  signal(SIGXFSZ, SIG_IGN);
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  fflush(stdout);
  static char junk[1 << 16];
  memset(junk, ' ', sizeof junk);
  for (int i = 0; i < 64; ++i) write(1, junk, sizeof junk);  // 4 MiB asked for, 1 MiB + 1 byte written
  return 0;
}
