/* shared_file PATH [readahead]: what one box could do to a file it shares read-only with others:
 * drop its page cache (posix_fadvise DONTNEED) and lock it (flock, fcntl), or, with "readahead",
 * fill its page cache. Prints each call's result, then "holding" and sleeps, so that the test can
 * look from outside while the box still lives. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

static void report(const char* name, int rc) { printf("%s=%s\n", name, rc == 0 ? "ok" : strerrorname_np(rc)); }

int main(int argc, char** argv) {
  int fd = open(argc > 1 ? argv[1] : "/shared", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 1;
  if (argc > 2 && strcmp(argv[2], "readahead") == 0) {
    report("readahead", readahead(fd, 0, 64 << 20) == 0 ? 0 : errno);
    report("fadvise_willneed", posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED));
    printf("holding\n");
    fflush(stdout);
    for (;;) pause();
  }
  report("fadvise", posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED));
  report("flock", flock(fd, LOCK_SH | LOCK_NB) == 0 ? 0 : errno);
  struct flock lock = {.l_type = F_RDLCK, .l_whence = SEEK_SET};
  report("fcntl", fcntl(fd, F_SETLK, &lock) == 0 ? 0 : errno);
  printf("holding\n");
  fflush(stdout);
  for (;;) pause();
}
