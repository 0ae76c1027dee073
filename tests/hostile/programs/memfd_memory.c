// hostile: hides memory in anonymous memfd files (1 MiB each: RLIMIT_FSIZE caps every file at the output
// limit + 1), closing its mappings as it goes. Their pages are shmem, charged to the box's memory cgroup.
// verdict: MLE
// message: memory limit
// time-limit: 30s
#define _GNU_SOURCE
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
int main(void) {
  for (;;) {
    int fd = memfd_create("hidden", 0);
    if (fd < 0 || ftruncate(fd, 1 << 20) != 0) continue;
    char* p = mmap(0, 1 << 20, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    memset(p, 1, 1 << 20);
    munmap(p, 1 << 20);  // the fd keeps the pages
  }
}
