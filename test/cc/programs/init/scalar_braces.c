/* Scalars may be initialized with a braced expression; pointers with 0 and with addresses; chars with ints. */
#include <stdio.h>

int main(void) {
  int a = {5};
  double d = {2.5};
  int *p = {&a};
  char c = 65;
  unsigned char uc = -1;
  float f = 3;
  long l = 'z';
  _Bool b = {7};
  printf("%d %g %d %c %d %g %ld %d\n", a, d, *p, c, uc, f, l, b);
  int *null = {0};
  printf("%d\n", null == 0);
  short s = 70000 - 70000 + 12;
  printf("%d\n", s);
  return 0;
}
