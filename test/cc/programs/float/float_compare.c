/* Comparisons across float, double and integer operands convert to the common type first. */
#include <stdio.h>

int main(void) {
  float f = 0.1f;
  double d = 0.1;
  printf("%d %d %d\n", f == d, (double)f == d, f == (float)d);
  printf("%d %d\n", 0.5f == 0.5, (float)0.5 == 0.5);
  int big = 16777217;
  float fb = 16777216.0f;
  printf("%d %d\n", big == fb, (double)big == (double)fb);
  long lbig = 9007199254740993L;
  printf("%d\n", lbig == 9007199254740992.0);
  unsigned u = 4294967295u;
  printf("%d %d\n", u == 4294967295.0, (float)u == 4294967296.0f);
  printf("%d %d %d\n", -0.0 == 0.0, -0.0 < 0.0, 1e-300 > 0);
  printf("%d %d\n", 1.0f > 0.99999994f, 1.0f > 0.999999999f);
  double a = 1e16, b = 1e16 + 1;
  printf("%d\n", a == b);
  float x = 1.1f;
  printf("%d %d\n", x == 1.1, x == 1.1f);
  printf("%d %d %d\n", 3 < 3.5, -1 < -0.5f, 2u > 1.5);
  return 0;
}
