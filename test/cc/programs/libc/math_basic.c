/* math.h functions whose results are exact or correctly rounded: sqrt, fabs, floor, ceil, fmod, trunc, round, ldexp, frexp, modf. */
#include <math.h>
#include <stdio.h>

int main(void) {
  double xs[] = {0.0, 0.5, 1.0, 2.0, 2.5, -2.5, 3.7, -3.7, 1e10, 123.456};
  for (int i = 0; i < 10; i++) {
    double x = xs[i];
    printf("%g: fabs %.15g floor %.15g ceil %.15g trunc %.15g round %.15g\n", x, fabs(x), floor(x), ceil(x), trunc(x),
           round(x));
  }
  printf("%.15g %.15g %.15g %.15g\n", sqrt(2.0), sqrt(144.0), sqrt(1e-10), sqrt(0.0));
  printf("%.15g %.15g %.15g %.15g\n", fmod(10.0, 3.0), fmod(-10.0, 3.0), fmod(10.5, -3.0), fmod(1e10, 7.0));
  printf("%.15g %.15g %.15g\n", ldexp(1.0, 10), ldexp(3.0, -2), ldexp(0.75, 1000) / ldexp(1.0, 999));
  int e;
  double m = frexp(48.0, &e);
  printf("%.15g %d\n", m, e);
  m = frexp(-0.1, &e);
  printf("%.15g %d\n", m, e);
  double ip;
  double frac = modf(3.75, &ip);
  printf("%.15g %.15g\n", ip, frac);
  frac = modf(-2.5, &ip);
  printf("%.15g %.15g\n", ip, frac);
  printf("%.15g %.15g\n", fmin(1.0, 2.0), fmax(-1.0, -2.0));
  printf("%.15g %.15g\n", copysign(3.0, -1.0), hypot(3.0, 4.0));
  printf("%.15g %.15g %.15g\n", floor(-0.5), ceil(-0.5), round(-0.5));
  printf("%ld %ld\n", lround(2.5), lround(-2.5));
  printf("%.15g %.15g\n", nearbyint(2.5), rint(3.5));
  return 0;
}
