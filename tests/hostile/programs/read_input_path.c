// hostile: reads the test input by its host path, and walks from stdin's fd to the answer next to it
// (readlink /proc/self/fd/0 names the host path; only the file itself was handed over, never its directory)
// verdict: AC
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
static int opens(int dir, const char* path) {
  int fd = openat(dir, path, O_RDONLY);
  if (fd < 0) return 0;
  printf("LEAK %s\n", path);
  return 1;
}
int main(void) {
  char link[4096] = "", ans[4200];
  readlink("/proc/self/fd/0", link, sizeof link - 1);
  snprintf(ans, sizeof ans, "%s/1.ans", dirname(link));
  if (opens(AT_FDCWD, "@INPUT_PATH@") || opens(AT_FDCWD, "@ANSWER_PATH@") || opens(AT_FDCWD, ans) ||
      opens(0, "../1.ans") || opens(0, "..") || opens(AT_FDCWD, "/proc/self/fd/0/../1.ans") ||
      opens(AT_FDCWD, "/dev/stdin/../1.ans") || opens(AT_FDCWD, "@PROBLEM_DIR@"))
    return 0;
  // Reading stdin again through /dev/stdin is allowed: it is the program's own input.
  FILE* in = fopen("/dev/stdin", "r");
  long a, b;
  if (!in || fscanf(in, "%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
