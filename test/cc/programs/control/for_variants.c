/* for loops with empty clauses, declarations of several variables, and bodies that change the counter. */
#include <stdio.h>

int main(void) {
  int i = 0;
  for (; i < 3;) i++;
  printf("%d\n", i);
  for (int a = 0, b = 10; a < b;) {
    a += 3;
    b -= 1;
    printf("%d,%d ", a, b);
  }
  printf("\n");
  int visited = 0;
  for (int k = 0; k < 20; k++) {
    if (k % 4 == 0) k++;
    visited++;
  }
  printf("%d\n", visited);
  long product = 1;
  for (long x = 1; x <= 15; product *= x, x += 2) {
  }
  printf("%ld\n", product);
  int n = 0;
  for (;;) {
    if (n++ >= 4) break;
  }
  printf("%d\n", n);
  return 0;
}
