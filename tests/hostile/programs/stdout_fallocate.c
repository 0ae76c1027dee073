// hostile: preallocates 256 MiB of the host's disk through stdout (a file of the judge's, on the host's
// filesystem) with fallocate(FALLOC_FL_KEEP_SIZE): the file's size stays 0, so RLIMIT_FSIZE (output limit
// + 1) is never checked and the output looks empty, yet the blocks are taken. Repeated, or with a larger
// size, this fills the host's disk for as long as the output file exists. A correct box refuses it.
// verdict: AC
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/falloc.h>
#include <stdio.h>
#include <sys/stat.h>
int main(void) {
  const long size = 256L << 20;
  if (fallocate(1, FALLOC_FL_KEEP_SIZE, 0, size) == 0 ||
      fallocate(1, FALLOC_FL_ZERO_RANGE | FALLOC_FL_KEEP_SIZE, 0, size) == 0) {
    struct stat st;
    fstat(1, &st);
    printf("LEAK fallocate on stdout: size %lld, %lld MiB allocated on the host's disk\n", (long long)st.st_size,
           (long long)st.st_blocks * 512 >> 20);
    return 0;
  }
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
