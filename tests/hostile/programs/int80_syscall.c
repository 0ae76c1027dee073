// hostile: makes an i386 system call through int 0x80, which a filter written for x86_64 numbers would
// misread. The filter's architecture check kills the process with SIGSYS.
// verdict: RE
// message: SIGSYS
// signal: 31
#include <stdio.h>
int main(void) {
  long ret;
  __asm__ volatile("int $0x80" : "=a"(ret) : "a"(20L) /* i386 getpid */ : "memory");
  printf("LEAK int 0x80 returned %ld\n", ret);
  return 0;
}
