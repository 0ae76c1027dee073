// hostile: reads init's memory (a copy of the judge's) with process_vm_readv and through /proc/1/mem, and
// writes to /proc/1/mem. seccomp refuses process_vm_*; init is non-dumpable, so /proc/1/mem is refused.
// verdict: AC
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/uio.h>
#include <unistd.h>
int main(void) {
  char buf[64];
  struct iovec local = {buf, sizeof buf}, remote = {(void*)0x400000, sizeof buf};
  if (process_vm_readv(1, &local, 1, &remote, 1, 0) >= 0) return printf("LEAK process_vm_readv\n"), 0;
  if (process_vm_writev(1, &local, 1, &remote, 1, 0) >= 0) return printf("LEAK process_vm_writev\n"), 0;
  if (open("/proc/1/mem", O_RDONLY) >= 0) return printf("LEAK read /proc/1/mem\n"), 0;
  if (open("/proc/1/mem", O_WRONLY) >= 0) return printf("LEAK write /proc/1/mem\n"), 0;
  if (open("/proc/1/pagemap", O_RDONLY) >= 0) return printf("LEAK /proc/1/pagemap\n"), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
