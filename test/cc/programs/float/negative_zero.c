/* Negative zero: equal to zero, printed with its sign, and it gives -inf as a divisor. */
#include <math.h>
#include <stdio.h>

static double id(double x) { return x; }

int main(void) {
  double nz = id(-0.0), pz = id(0.0);
  printf("%f %f %e %g\n", nz, pz, nz, nz);
  printf("%d %d\n", nz == pz, nz < pz);
  printf("%f %f\n", 1.0 / nz, 1.0 / pz);
  printf("%d %d\n", signbit(nz) != 0, signbit(pz) != 0);
  double m = pz * -1.0;
  printf("%f\n", m);
  double s = nz + pz;
  printf("%f\n", s);
  double t = nz + nz;
  printf("%f\n", t);
  double u = -pz;
  printf("%f\n", u);
  printf("%.0f %.0f\n", id(-0.4), id(-0.5));
  printf("%d\n", (int)nz);
  float fz = -0.0f;
  printf("%f\n", fz);
  printf("%f\n", copysign(3.0, nz));
  return 0;
}
