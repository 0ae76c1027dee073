// hostile: pushes a command into a terminal with TIOCSTI (and the high-bits variant of CVE-2019-7303) on
// stdin and stdout, then plays session games to reach one. The box has no terminal at all (stdio are files and
// pipes, no /dev/tty), seccomp refuses TIOCSTI, and the program is already a session leader.
// verdict: AC
#include <fcntl.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  const char* cmd = "id\n";
  for (int fd = 0; fd < 3; ++fd) {
    if (ioctl(fd, TIOCSTI, cmd) == 0) return printf("LEAK TIOCSTI on %d\n", fd), 0;
    if (syscall(SYS_ioctl, fd, TIOCSTI | (1UL << 32), cmd) == 0) return printf("LEAK TIOCSTI high bits on %d\n", fd), 0;
    if (isatty(fd)) return printf("LEAK fd %d is a terminal\n", fd), 0;
  }
  if (open("/dev/tty", O_RDWR) >= 0) return printf("LEAK /dev/tty\n"), 0;
  if (getsid(0) != getpid()) return printf("LEAK not a session leader\n"), 0;
  if (setsid() >= 0) return printf("LEAK setsid again\n"), 0;
  if (setpgid(0, 1) == 0) return printf("LEAK joined init's process group\n"), 0;
  if (setpgid(1, getpid()) == 0) return printf("LEAK moved init\n"), 0;
  if (tcsetpgrp(0, getpid()) == 0) return printf("LEAK tcsetpgrp\n"), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
