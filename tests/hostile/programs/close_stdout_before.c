// hostile: closes stdout, opens a file that takes fd 1, and prints the answer into it: the judge's output file
// stays empty, so the answer is wrong.
// verdict: WA
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
int main(void) {
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  close(1);
  open("/box/decoy", O_WRONLY | O_CREAT, 0644);  // becomes fd 1
  printf("%ld\n", a + b);
  return 0;
}
