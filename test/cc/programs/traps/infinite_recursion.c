// trap: stack-overflow
// at: descend 6
/* Unbounded recursion overflows the stack; the whole function is on one line so the reported line is unambiguous. */
#include <stdio.h>

static long descend(long n) { return descend(n + 1) + n; } // traps here

int main(void) {
  printf("start\n");
  fflush(stdout);
  printf("%ld\n", descend(0));
  return 0;
}
