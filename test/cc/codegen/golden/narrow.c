/* Narrowing: a value stored to a narrower object is not extended first; a narrower load extends itself. */
#include <stdio.h>

void put(char *p, int c) { *p = (char)(c + 1); }

unsigned char get(const char *p) { return (unsigned char)*p; }

short low(const long *p) { return (short)*p; }

/* Compared values of 32-bit arithmetic are compared shifted, not normalised. */
int same_difference(int a, int b, int c, int d) { return a - b == c - d; }

int below(unsigned a, unsigned b) { return a + b < 10u; }

int main(void) {
  char c = 0;
  long l = 0x12345678fedcL;
  put(&c, 126);
  printf("%d %d %d %d %d %d\n", c, get(&c), low(&l), same_difference(5, 3, 2147483647, 2147483645),
         same_difference(-5, 3, -10, -2), below(4294967295u, 3u));
  return 0;
}
