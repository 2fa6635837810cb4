// trap: division-by-zero
// at: main 11
/* Signed 64-bit division by a zero read from memory, directly in main. */
#include <stdio.h>

static long divisors[] = {5, -2, 0, 9};

int main(void) {
  long total = 1000000000000L;
  for (int i = 0; i < 4; i++) {
    total = total / divisors[i]; // traps here
    printf("%ld\n", total);
    fflush(stdout);
  }
  return 0;
}
