/* Redundant parentheses in declarators, and a function declarator with a parenthesized name. */
#include <stdio.h>

static int (square)(int (x)) { return x * x; }

int main(void) {
  int (a) = 5;
  int ((b)) = 6;
  int (*(p)) = &a;
  int (arr)[2] = {7, 8};
  printf("%d %d %d %d\n", a, b, *p, arr[1]);
  printf("%d\n", (square)(a));
  printf("%d\n", square(b));
  int (*fp)(int) = (square);
  printf("%d\n", (*fp)(3));
  return 0;
}
