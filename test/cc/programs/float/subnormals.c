/* Subnormal doubles and floats: gradual underflow down to the smallest positive value, then zero. */
#include <float.h>
#include <stdio.h>

static double id(double x) { return x; }

int main(void) {
  double tiny = id(DBL_MIN);
  printf("%g %g\n", tiny, tiny / 2);
  double d = id(1.0);
  int n = 0;
  while (d / 2 > 0) {
    d /= 2;
    n++;
  }
  printf("%d %g %.17g\n", n, d, d);
  printf("%g\n", d * 0.5);
  printf("%g\n", d * 1.5);
  float f = 1.0f;
  n = 0;
  while (f / 2 > 0) {
    f /= 2;
    n++;
  }
  printf("%d %g\n", n, f);
  printf("%g %g\n", id(5e-324), id(4.9406564584124654e-324) * 3);
  printf("%e\n", id(2.2250738585072009e-308));
  printf("%d\n", id(1e-320) * 1e300 > 1e-21);
  return 0;
}
