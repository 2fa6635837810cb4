// trap: out-of-bounds
// at: peek 8
/* A pointer made from a huge integer points outside the machine's memory. */
#include <stdint.h>
#include <stdio.h>

static int peek(const int *p) {
  return *p; // traps here
}

int main(void) {
  int x = 3;
  printf("%d\n", peek(&x));
  fflush(stdout);
  const int *wild = (const int *)(uintptr_t)0x100000000000UL;
  printf("%d\n", peek(wild));
  return 0;
}
