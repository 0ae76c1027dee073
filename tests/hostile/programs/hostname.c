// hostile: renames the machine: sethostname, setdomainname, /proc/sys/kernel/hostname, and the box's own
// /etc/hostname (a file of the box's skeleton: writing it changes nothing on the host). The UTS namespace is
// the box's, and the program has no CAP_SYS_ADMIN even over that.
// verdict: AC
// unchanged: /etc/hostname
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>
int main(void) {
  if (sethostname("pwned", 5) == 0) return printf("LEAK sethostname\n"), 0;
  if (setdomainname("pwned", 5) == 0) return printf("LEAK setdomainname\n"), 0;
  int fd = open("/proc/sys/kernel/hostname", O_WRONLY);
  if (fd >= 0 && write(fd, "pwned", 5) == 5) return printf("LEAK /proc/sys/kernel/hostname\n"), 0;
  FILE* etc = fopen("/etc/hostname", "w");
  if (etc) fputs("pwned\n", etc), fclose(etc);
  struct utsname u;
  if (uname(&u) != 0 || strcmp(u.nodename, "box") != 0) return printf("LEAK hostname %s\n", u.nodename), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
