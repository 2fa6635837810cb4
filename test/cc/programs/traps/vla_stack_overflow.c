// trap: stack-overflow
// at: make_room 9
/* A variable-length array larger than the stack traps as a stack overflow where it is declared,
   before anything is written below the stack limit. */
#include <stdio.h>

static long make_room(long n) {
  long sum = 0;
  char room[n]; // traps here
  for (long i = 0; i < n; i += 4096) room[i] = (char)i;
  for (long i = 0; i < n; i += 4096) sum += room[i];
  return sum;
}

int main(void) {
  printf("%ld\n", make_room(1000));
  fflush(stdout);
  printf("%ld\n", make_room(1L << 40));
  return 0;
}
