// malloc-reuse.c: what Tessera's allocator promises beyond C's (test/cc/malloc.test.ts reads the output):
// a freed small chunk comes back for the same size, small chunks freed in a row are merged again before
// a large request is carved from fresh memory, and a long free/malloc churn does not grow the heap.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  char *a = malloc(40);
  free(a);
  char *b = malloc(40);
  printf("same size back: %d\n", a == b);
  free(b);

  char *small[64];
  for (int i = 0; i < 64; i++) small[i] = malloc(100);
  int contiguous = 1;
  for (int i = 1; i < 64; i++) contiguous &= small[i] - small[i - 1] == 112;
  printf("contiguous: %d\n", contiguous);
  for (int i = 0; i < 64; i++) free(small[i]);
  // The consolidation merges them all, and the first chunk (a, free before them) too.
  char *big = malloc(64 * 112 - 64);
  printf("large request reuses them: %d\n", big == a);
  free(big);

  // Churn: many sizes freed and allocated again; the highest address handed out stays where it was.
  uintptr_t highest = 0; // in the second half, with sizes up to 2000
  void *live[256] = {0};
  unsigned seed = 1;
  for (int round = 0; round < 200000; round++) {
    seed = seed * 1103515245u + 12345u;
    int slot = (seed >> 8) % 256;
    free(live[slot]);
    size_t size = 1 + (seed >> 16) % (round < 100000 ? 600 : 2000);
    live[slot] = malloc(size);
    uintptr_t end = (uintptr_t)live[slot] + size;
    if (round == 100000) highest = 0;
    if (end > highest) highest = end;
    if (round == 99999) printf("first half done\n");
  }
  for (int i = 0; i < 256; i++) free(live[i]);
  // About 128 KiB live on average at the end; first-fit with coalescing stays within 400 KiB (~320 measured).
  printf("churn done, heap bounded: %d\n", highest < (uintptr_t)a + 400 * 1024);
  return 0;
}
