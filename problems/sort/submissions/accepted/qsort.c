/* qsort with a comparator that cannot overflow. */
#include <stdio.h>
#include <stdlib.h>

static int compare(const void* x, const void* y) {
  int a = *(const int*)x, b = *(const int*)y;
  return (a > b) - (a < b);
}

int main(void) {
  int n;
  if (scanf("%d", &n) != 1) return 1;
  int* a = malloc(sizeof *a * (size_t)n);
  if (!a) return 1;
  for (int i = 0; i < n; ++i)
    if (scanf("%d", &a[i]) != 1) return 1;
  qsort(a, (size_t)n, sizeof *a, compare);
  for (int i = 0; i < n; ++i) printf(i + 1 < n ? "%d " : "%d\n", a[i]);
  free(a);
  return 0;
}
