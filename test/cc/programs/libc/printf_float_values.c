/* printf of a sweep of doubles with %f, %e and %g at several precisions: powers of ten, halves and thirds. */
#include <stdio.h>

int main(void) {
  double p = 1e-8;
  for (int i = 0; i < 17; i++, p *= 10) printf("%.3f %.3e %g %.10g\n", p, p, p, p);
  for (int i = 1; i <= 12; i++) {
    double v = i / 3.0;
    printf("%.0f %.1f %.5f %.2e %g\n", v, v, v, v, v * 1000);
  }
  for (int i = -5; i <= 5; i++) printf("%+.2f ", i * 0.125);
  printf("\n");
  return 0;
}
