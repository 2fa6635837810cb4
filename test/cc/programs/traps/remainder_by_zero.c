// trap: division-by-zero
// at: bucket 7
/* Remainder by zero of a 64-bit unsigned value traps. */
#include <stdio.h>

static unsigned long bucket(unsigned long hash, unsigned long buckets) {
  return hash % buckets; // traps here
}

int main(void) {
  unsigned long sizes[] = {7, 3, 0};
  for (int i = 0; i < 3; i++) {
    printf("%lu\n", bucket(1000, sizes[i]));
    fflush(stdout);
  }
  return 0;
}
