// hostile: copies /usr/bin/id into /box, makes it setuid and setgid, tries to give it to root, and runs it. The file
// is the box user's own, /box is nosuid and no_new_privs is set: it runs as 1000 and disappears with the box.
// verdict: AC
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
int main(void) {
  int in = open("/usr/bin/id", O_RDONLY), out = open("/box/rootid", O_WRONLY | O_CREAT, 0755);
  char buf[1 << 16];
  for (ssize_t n; (n = read(in, buf, sizeof buf)) > 0;) write(out, buf, n);
  close(out);
  if (chown("/box/rootid", 0, 0) == 0) return printf("LEAK chown to root\n"), 0;
  chmod("/box/rootid", 06755);
  int p[2];
  pipe(p);
  if (fork() == 0) {
    dup2(p[1], 1);
    execl("/box/rootid", "id", "-u", (char*)0);
    _exit(127);
  }
  close(p[1]);
  char uid[32] = "";
  read(p[0], uid, sizeof uid - 1);
  if (strcmp(uid, "1000\n") != 0) return printf("LEAK id -u said '%s'\n", uid), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
