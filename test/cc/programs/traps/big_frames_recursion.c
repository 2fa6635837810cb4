// trap: stack-overflow
// at: eat 6
/* Recursion with a 4 KiB array in every frame overflows the stack quickly. */
#include <stdio.h>

static int eat(int n) { volatile char big[4096]; big[n % 4096] = (char)n; return eat(n + 1) + big[n % 4096]; } // traps here

int main(void) {
  printf("%d\n", eat(0));
  return 0;
}
