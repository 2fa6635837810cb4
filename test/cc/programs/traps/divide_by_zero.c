// trap: division-by-zero
// at: ratio 7
/* Integer division by zero traps (natively: SIGFPE). */
#include <stdio.h>

static int ratio(int a, int b) {
  return a / b; // traps here
}

int main(void) {
  volatile int zero = 0;
  printf("%d\n", ratio(10, 3));
  fflush(stdout);
  printf("%d\n", ratio(10, zero));
  return 0;
}
