/* math.h transcendental functions at ordinary arguments, printed with %.6f (or %.15g where the result is exact). */
#include <math.h>
#include <stdio.h>

int main(void) {
  double xs[] = {0.1, 0.5, 1.0, 2.0, 3.0, 10.0};
  for (int i = 0; i < 6; i++) {
    double x = xs[i];
    printf("%g: sin %.6f cos %.6f tan %.6f exp %.6f log %.6f log10 %.6f sqrt %.6f atan %.6f\n", x, sin(x), cos(x),
           tan(x), exp(x), log(x), log10(x), sqrt(x), atan(x));
  }
  printf("%.6f %.6f %.6f\n", asin(0.5), acos(0.5), atan2(1.0, -1.0));
  printf("%.6f %.6f %.6f\n", sinh(1.0), cosh(1.0), tanh(0.5));
  printf("%.6f %.6f %.6f\n", pow(2.0, 0.5), pow(10.0, -2.0), pow(2.0, -0.5));
  printf("%.15g %.15g %.15g %.15g\n", pow(2.0, 10.0), pow(3.0, 4.0), pow(-2.0, 3.0), pow(5.0, 0.0));
  printf("%.15g %.15g %.15g\n", exp(0.0), log(1.0), sin(0.0));
  printf("%.15g %.15g\n", log2(1024.0), exp2(10.0));
  printf("%.6f %.6f %.6f\n", cbrt(27.0), expm1(1e-5) * 1e5, log1p(1e-5) * 1e5);
  printf("%.6f\n", 4 * atan(1.0));
  printf("%.6f %.6f\n", atan2(-1.0, -1.0), atan2(0.0, 1.0));
  return 0;
}
