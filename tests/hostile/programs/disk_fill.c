// hostile: fills /tmp, then /box, with files until ENOSPC. Both are the box's upper tmpfs (64 MiB, charged to
// the memory cgroup); files stay under 1 MiB each because RLIMIT_FSIZE is the output limit. The host disk is
// never touched.
// verdict: AC
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
static long long total;
static int fill(const char* dir) {  // returns the errno that stopped it
  static char buf[1 << 16];
  memset(buf, 'x', sizeof buf);
  for (int i = 0;; ++i) {
    char path[64];
    snprintf(path, sizeof path, "%s/fill%d", dir, i);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) return errno;
    for (int k = 0; k < 8; ++k) {  // 512 KiB per file
      ssize_t n = write(fd, buf, sizeof buf);
      if (n < 0) { int e = errno; close(fd); return e; }
      total += n;
    }
    close(fd);
  }
}
int main(void) {
  int tmp = fill("/tmp"), box = fill("/box");
  if (tmp != ENOSPC || box != ENOSPC || total > (65LL << 20)) {
    printf("LEAK /tmp: %s, /box: %s, %lld bytes written\n", strerror(tmp), strerror(box), total);
    return 0;
  }
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
