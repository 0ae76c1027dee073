// hostile: a child allocates without end while the parent waits and then prints the answer. On cgroup v1
// the OOM killer kills only the child; the box still went over its memory limit, and that is what counts.
// verdict: MLE
// message: memory limit
// time-limit: 30s
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
  if (fork() == 0)
    for (;;) {
      char* p = malloc(1 << 20);
      if (p) memset(p, 1, 1 << 20);
    }
  wait(0);
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
