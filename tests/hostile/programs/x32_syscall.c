// hostile: makes an x32 system call (number with bit 30 set, here x32 getpid): x32 calls are another ABI,
// and the filter kills the process with SIGSYS for them.
// verdict: RE
// message: SIGSYS
// signal: 31
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  long ret = syscall(0x40000000L | SYS_getpid);
  printf("LEAK x32 getpid returned %ld\n", ret);
  return 0;
}
