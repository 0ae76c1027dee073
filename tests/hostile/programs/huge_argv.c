// hostile: hands a child 100 MiB of arguments (800 pointers to one 128 KiB string), then 100 MiB of
// environment. The kernel refuses with E2BIG: exec's arguments are capped at a quarter of the stack limit
// and at 6 MiB, whatever the stack limit is.
// verdict: AC
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
enum { N = 800 };
static char big[128 * 1024];
static char* many[N + 2];
int main(void) {
  memset(big, 'x', sizeof big - 1);
  memcpy(big, "X=", 2);
  char* small[] = {"/bin/true", 0};
  many[0] = small[0];
  for (int i = 1; i <= N; ++i) many[i] = big;
  execve("/bin/true", many, small + 1);
  int args = errno;
  execve("/bin/true", small, many + 1);
  int env = errno;
  if (args != E2BIG || env != E2BIG) return printf("LEAK exec: %s, %s\n", strerror(args), strerror(env)), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
