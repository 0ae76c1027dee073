// hostile: reads the test's answer file by its absolute path, and guesses through /proc
// verdict: AC
#include <stdio.h>
#include <string.h>
static int leaked(const char* path) {
  FILE* f = fopen(path, "r");
  if (!f) return 0;
  fclose(f);
  return 1;
}
int main(void) {
  const char* paths[] = {"@ANSWER_PATH@", "/proc/1/root@ANSWER_PATH@", "/proc/self/root@ANSWER_PATH@",
                         "/proc/1/cwd/@ANSWER_PATH@", "@PROBLEM_DIR@/tests/1.ans", "@PROBLEM_DIR@/problem.toml"};
  for (unsigned i = 0; i < sizeof paths / sizeof *paths; ++i)
    if (leaked(paths[i])) {
      printf("LEAK %s\n", paths[i]);
      return 0;
    }
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
