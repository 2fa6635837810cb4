/* Enumeration constants at the edges of int, flag values combined with |, and negative values. */
#include <limits.h>
#include <stdio.h>

enum edge { LOW = INT_MIN, HIGH = INT_MAX };
enum flags { F_NONE = 0, F_A = 1 << 0, F_B = 1 << 1, F_C = 1 << 2, F_ALL = F_A | F_B | F_C };
enum negative { N1 = -1, N2 = -2 };

int main(void) {
  printf("%d %d\n", LOW, HIGH);
  printf("%d %d %d %d %d\n", F_NONE, F_A, F_B, F_C, F_ALL);
  enum flags f = F_A | F_C;
  printf("%d %d %d\n", f, (f & F_B) != 0, (f & F_C) != 0);
  enum negative n = N2;
  printf("%d %d\n", n, n < N1);
  printf("%d\n", HIGH - 1 > LOW + 1);
  printf("%d\n", (int)sizeof(enum edge));
  return 0;
}
