// hostile: attaches to init (pid 1) with ptrace, seizes it, and asks to be traced. seccomp refuses ptrace;
// init is non-dumpable and holds capabilities the program lacks, a second reason it cannot be traced.
// verdict: AC
#include <stdio.h>
#include <sys/ptrace.h>
int main(void) {
  if (ptrace(PTRACE_ATTACH, 1, 0, 0) == 0) return printf("LEAK PTRACE_ATTACH 1\n"), 0;
  if (ptrace(PTRACE_SEIZE, 1, 0, 0) == 0) return printf("LEAK PTRACE_SEIZE 1\n"), 0;
  if (ptrace(PTRACE_TRACEME, 0, 0, 0) == 0) return printf("LEAK PTRACE_TRACEME\n"), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
