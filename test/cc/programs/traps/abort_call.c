// trap: aborted
// at: check_invariant 11
/* abort() ends the program abnormally; the report names the function that called it. */
#include <stdio.h>
#include <stdlib.h>

static void check_invariant(int balance) {
  if (balance < 0) {
    printf("negative balance %d\n", balance);
    fflush(stdout);
    abort(); // traps here
  }
}

int main(void) {
  check_invariant(10);
  check_invariant(-5);
  printf("not reached\n");
  return 0;
}
