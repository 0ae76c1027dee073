// hostile: prints the right answer, then exits with 42: a non-zero exit is RE whatever was printed
// verdict: RE
// message: exit code 42
// exit-code: 42
#include <stdio.h>
int main(void) {
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 42;
}
