// hostile: hides memory in a 1 GiB SysV shared memory segment, which belongs to no process and outlives
// the ones that touch it. Its pages are charged to the box's memory cgroup when touched, and the segment
// dies with the box's IPC namespace.
// verdict: MLE
// message: memory limit
// time-limit: 30s
#include <string.h>
#include <sys/shm.h>
int main(void) {
  int id = shmget(IPC_PRIVATE, 1UL << 30, IPC_CREAT | 0600);
  char* p = shmat(id, 0, 0);
  for (unsigned long off = 0; off < (1UL << 30); off += 1 << 20) memset(p + off, 1, 1 << 20);
  return 0;
}
