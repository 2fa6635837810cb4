// trap: stack-overflow
// at: negative 8
/* A negative length converts to a size larger than the whole stack: rsp would wrap around, and the
   array traps as a stack overflow instead. */
#include <stdio.h>

static int negative(int n) {
  int a[n]; // traps here
  a[0] = n;
  return a[0];
}

int main(void) {
  printf("%d\n", negative(3));
  fflush(stdout);
  printf("%d\n", negative(-5));
  return 0;
}
