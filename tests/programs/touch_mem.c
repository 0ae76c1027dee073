/* touch_mem MIB [RESERVE_MIB]: reserves RESERVE_MIB of address space (default MIB), writes to the first
 * MIB of it page by page, prints "touched MIB", exits 0. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

int main(int argc, char** argv) {
  size_t mib = argc > 1 ? strtoul(argv[1], NULL, 10) : 64;
  size_t reserve = argc > 2 ? strtoul(argv[2], NULL, 10) : mib;
  char* p = mmap(NULL, reserve << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) {
    perror("mmap");
    return 2;
  }
  for (size_t off = 0; off < (mib << 20); off += 4096) p[off] = 1;
  printf("touched %zu\n", mib);
  return 0;
}
