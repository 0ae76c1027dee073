// hostile: looks for the answer through every process's /proc fd, root and cwd links, ../.. from the
// working directory, /dev/fd, and a "shocker" open_by_handle_at of inode 2 (the root of the host disk that
// /usr is bound from). PID namespace: only init and us; init is non-dumpable; seccomp refuses file handles.
// verdict: AC
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
static int leak(const char* what) { printf("LEAK %s\n", what); return 1; }
static int probe(const char* path) { int fd = open(path, O_RDONLY); return fd >= 0 && (close(fd), leak(path)); }
int main(void) {
  char path[512];
  DIR* proc = opendir("/proc");
  for (struct dirent* e; (e = readdir(proc));) {
    int pid = atoi(e->d_name);
    if (pid <= 0 || pid == getpid()) continue;
    for (int fd = 0; fd < 64; ++fd)
      if (snprintf(path, sizeof path, "/proc/%d/fd/%d", pid, fd), probe(path)) return 0;
    if (snprintf(path, sizeof path, "/proc/%d/root@ANSWER_PATH@", pid), probe(path)) return 0;
    if (snprintf(path, sizeof path, "/proc/%d/cwd/../../../../../..@ANSWER_PATH@", pid), probe(path)) return 0;
  }
  closedir(proc);
  if (probe("../../../../../../../..@ANSWER_PATH@") || probe("/proc/self/root@ANSWER_PATH@")) return 0;
  for (int fd = 3; fd < 256; ++fd)  // none open but our own 0, 1, 2
    if (snprintf(path, sizeof path, "/dev/fd/%d", fd), probe(path)) return 0;
  struct { struct file_handle h; unsigned char bytes[8]; } handle = {{8, 1}, {2, 0, 0, 0, 0, 0, 0, 0}};
  int usr = open("/usr", O_RDONLY | O_DIRECTORY);
  int fd = open_by_handle_at(usr, &handle.h, O_RDONLY | O_DIRECTORY);
  if (fd >= 0) return leak("open_by_handle_at opened the host's root");
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
