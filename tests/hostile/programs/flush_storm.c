// hostile: a flush storm. fdatasync on a read-only fd of ext4 still sends the device a cache FLUSH, and
// every box has such fds: its stdin (the test's input file on the host's disk) and anything under /usr.
// Four processes call fdatasync, fsync, sync_file_range, msync, syncfs and sync on them, 2000 times
// each: on a real disk every flush stalls the whole device. The calls must succeed as no-ops.
// verdict: AC
// flushes-at-most: 50
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
  int usr = open("/usr/bin/env", O_RDONLY);
  void* map = mmap(NULL, 4096, PROT_READ, MAP_SHARED, usr, 0);
  int failures = 0;
  for (int p = 0; p < 4; ++p) {
    if (fork() != 0) continue;
    for (int i = 0; i < 2000; ++i) {
      int fd = i % 2 ? 0 : usr;
      failures += fdatasync(fd) != 0;
      failures += fsync(fd) != 0;
      failures += sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE) != 0;
      failures += map != MAP_FAILED && msync(map, 4096, MS_SYNC) != 0;
      failures += syncfs(fd) != 0;
      sync();
    }
    _exit(failures != 0);
  }
  int status, bad = 0;
  while (wait(&status) > 0) bad |= !WIFEXITED(status) || WEXITSTATUS(status) != 0;
  long a, b;
  if (bad || scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
