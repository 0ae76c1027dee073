// hostile: asks for a real-time scheduling class (SCHED_FIFO, SCHED_RR, SCHED_DEADLINE) and a nice of -20,
// to starve the host's other work while it spins. It has no CAP_SYS_NICE, its RLIMIT_RTPRIO and RLIMIT_NICE
// are 0 (inherited from the judge: the sandbox does not set them), and its cpu cgroup has no RT runtime.
// verdict: AC
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  struct sched_param high = {.sched_priority = 99}, low = {.sched_priority = 1};
  if (sched_setscheduler(0, SCHED_FIFO, &high) == 0 || sched_setscheduler(0, SCHED_FIFO, &low) == 0 ||
      sched_setscheduler(0, SCHED_RR, &low) == 0)
    return printf("LEAK real-time class\n"), 0;
  struct { unsigned size, policy; unsigned long long flags; int nice; unsigned prio; unsigned long long rt, dl, per; }
      attr = {sizeof attr, 6 /* SCHED_DEADLINE */, 0, 0, 0, 10000000, 30000000, 30000000};
  if (syscall(SYS_sched_setattr, 0, &attr, 0) == 0) return printf("LEAK SCHED_DEADLINE\n"), 0;
  if (setpriority(PRIO_PROCESS, 0, -20) == 0 || setpriority(PRIO_PROCESS, 0, -1) == 0)
    return printf("LEAK negative nice\n"), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
