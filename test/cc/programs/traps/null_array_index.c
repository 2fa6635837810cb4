// trap: null-access
// at: sum 8
/* Indexing a null array pointer traps on the first element read. */
#include <stdio.h>

static long sum(const long *xs, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += xs[i]; // traps here
  return s;
}

int main(void) {
  long values[] = {1, 2, 3};
  printf("%ld\n", sum(values, 3));
  fflush(stdout);
  printf("%ld\n", sum(NULL, 3));
  return 0;
}
