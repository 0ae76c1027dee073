// hostile (a fair one): maps 4 GiB and reserves 64 GiB with MAP_NORESERVE, touching only a few pages. Only
// resident memory counts against the limit (there is no RLIMIT_AS), so this must run.
// verdict: AC
#include <stdio.h>
#include <sys/mman.h>
int main(void) {
  size_t four = 4UL << 30, sixty_four = 64UL << 30;
  char* a = mmap(0, four, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  char* b = mmap(0, sixty_four, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (a == MAP_FAILED || b == MAP_FAILED) return printf("mmap failed\n"), 0;
  long sum = 0;
  for (size_t off = 0; off < four; off += 64UL << 20) a[off] = 1, sum += a[off];        // 64 pages
  for (size_t off = 0; off < sixty_four; off += 1UL << 30) b[off] = 1, sum += b[off];  // 64 pages
  long x, y;
  if (scanf("%ld %ld", &x, &y) != 2) return 1;
  printf("%ld\n", x + y + sum - 128);
  return 0;
}
