/* Floating literals: decimal forms, exponents, suffixes and C99 hexadecimal floating constants. */
#include <stdio.h>

int main(void) {
  printf("%g %g %g %g\n", 1e10, 1.5e-3, .5, 5.);
  printf("%g %g %g\n", 0x1p-3, 0x1.8p1, 0xAp0);
  printf("%.17g %.17g\n", 0x1.fffffffffffffp1023, 0x1p-1074);
  printf("%.9g %.9g\n", 1.0f, 1e38f);
  printf("%d %d\n", (int)sizeof(1.0f), (int)sizeof(1.0));
  printf("%.17g\n", 0.1);
  printf("%.17g\n", 0.1f);
  printf("%.17g\n", 123456789012345678.0);
  printf("%.17g\n", 2.2250738585072014e-308);
  printf("%.17g\n", 1e23);
  printf("%.17g\n", 8.98846567431158e307);
  printf("%.17g %.17g\n", 3.0e-5, 1E+2);
  return 0;
}
