// hostile: tampers with the test's input through stdin: reopens it for writing through /proc/self/fd/0,
// truncates it, changes its mode and preallocates on it. The fd is read-only and the file is the host's
// root's (0644), not the box's; the runner checks that the input is unchanged.
// verdict: AC
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
int main(void) {
  if (open("/proc/self/fd/0", O_WRONLY) >= 0 || open("/dev/stdin", O_RDWR) >= 0)
    return printf("LEAK stdin writable\n"), 0;
  if (ftruncate(0, 0) == 0) return printf("LEAK truncated stdin\n"), 0;
  if (fchmod(0, 0666) == 0 || fchown(0, 1000, 1000) == 0) return printf("LEAK stdin's owner or mode\n"), 0;
  if (fallocate(0, FALLOC_FL_KEEP_SIZE, 0, 1 << 20) == 0) return printf("LEAK fallocate on stdin\n"), 0;
  if (fcntl(0, F_SETLEASE, F_RDLCK) == 0) return printf("LEAK lease on stdin\n"), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
