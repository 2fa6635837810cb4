/* printf %f, %e and %g of doubles, with widths, precisions and flags. */
#include <stdio.h>

int main(void) {
  double values[] = {0.0, -0.0, 1.0, -1.0, 0.1, 1.0 / 3, 2.0 / 3, 1e-10, 1e10, 123456789.123456789, 1e300,
                     -1e-300, 3.14159265358979, 100.0, 0.000123456, 5e-324, 1.7976931348623157e308};
  for (int i = 0; i < (int)(sizeof values / sizeof values[0]); i++) {
    double v = values[i];
    printf("%f|%.0f|%.3f|%e|%.2e|%E|%g|%G|%.17g\n", v, v, v, v, v, v, v, v, v);
  }
  printf("[%10.3f] [%-10.3f] [%+.2f] [% .2f] [%010.2f] [%+010.2f]\n", 3.14159, 3.14159, 3.14159, 3.14159, -3.14159, 3.14159);
  printf("[%12.4e] [%-12.4e] [%+e] [%012.3e]\n", 12345.678, 12345.678, 0.5, -0.00042);
  printf("[%#.0f] [%#.0e] [%#g] [%#.3g]\n", 3.0, 3.0, 1.0, 100.0);
  printf("[%*.*f] [%-*.*f]\n", 10, 2, 2.71828, 8, 1, 2.71828);
  printf("[%.*e]\n", 0, 123.456);
  printf("%f %f\n", 1e15, 1e16);
  printf("%.20f\n", 0.1);
  printf("%.30e\n", 1.0 / 3);
  printf("%f\n", 123456789012345678901234567890.0);
  return 0;
}
