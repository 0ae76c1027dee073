// hostile: writes to /usr, the loader cache, /sol (its own compiled program) and adds a root user to
// /etc/passwd. /usr, /etc/ld.so.cache and /sol are read-only; /etc/passwd is the box's generated copy, so the
// write may succeed but lands in the box's upper tmpfs, never on the host.
// verdict: AC
// unchanged: /etc/passwd
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
int main(void) {
  const char* readonly[] = {"/usr/bin/hostile", "/usr/bin/python3",          "/usr/lib/os-release",
                            "/etc/ld.so.cache", "/etc/alternatives/hostile", "/sol/main",
                            "/sol/hostile",     "/usr/local/hostile",        "/hostile/../usr/x"};
  for (unsigned i = 0; i < sizeof readonly / sizeof *readonly; ++i)
    if (open(readonly[i], O_WRONLY | O_CREAT | O_APPEND, 0755) >= 0)
      return printf("LEAK %s writable\n", readonly[i]), 0;
  FILE* passwd = fopen("/etc/passwd", "a");
  if (passwd) fputs("toor::0:0:root:/root:/bin/sh\n", passwd), fclose(passwd);
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
