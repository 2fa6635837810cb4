/* Newton's method for square roots and cube roots in double, compared with sqrt and an exact square. */
#include <math.h>
#include <stdio.h>

static double newton_sqrt(double x) {
  if (x == 0) return 0;
  double g = x > 1 ? x / 2 : 1;
  for (int i = 0; i < 60; i++) {
    double next = 0.5 * (g + x / g);
    if (next == g) break;
    g = next;
  }
  return g;
}

static double newton_cbrt(double x) {
  double g = x > 1 ? x / 3 : 1;
  for (int i = 0; i < 100; i++) g = g - (g * g * g - x) / (3 * g * g);
  return g;
}

int main(void) {
  double xs[] = {0, 1, 2, 10, 144, 0.25, 1e10, 12345.678};
  for (int i = 0; i < 8; i++) {
    double r = newton_sqrt(xs[i]);
    printf("%g: %.15g %.15g diff %d\n", xs[i], r, sqrt(xs[i]), fabs(r - sqrt(xs[i])) <= 1e-12 * (1 + xs[i]));
  }
  printf("%.10f %.10f\n", newton_cbrt(27.0), newton_cbrt(2.0));
  return 0;
}
