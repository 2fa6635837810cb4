/* %g switches between %f and %e style by the exponent and drops trailing zeros unless '#' is given. */
#include <stdio.h>

int main(void) {
  double values[] = {0.0001, 0.00001, 0.000123456789, 123456.0, 1234567.0, 999999.5, 9999995.0, 100000.0,
                     1e6, 1e-5, 1.5, 100.0, 0.5, 1e100, 12345678901234567890.0};
  for (int i = 0; i < 15; i++) {
    double v = values[i];
    printf("%g | %.0g | %.1g | %.2g | %.10g | %#g | %#.2g\n", v, v, v, v, v, v, v);
  }
  float f = 3.1415927f;
  printf("%g %.9g %f\n", f, f, f);
  printf("%g %g %g\n", 1e-4 * 10, 0.1 + 0.2, 1e21);
  return 0;
}
