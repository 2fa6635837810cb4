/* float and double as parameters and results of prototyped functions, and float promoted to double in printf. */
#include <stdio.h>

static float halve(float x) { return x / 2; }
static double twice(double x) { return x * 2; }
static float mix(int a, float b, double c, long d, float e) { return (float)(a * b + c - (double)d * e); }
static double sum8(double a, double b, double c, double d, double e, double f, double g, double h) {
  return a + b + c + d + e + f + g + h;
}

int main(void) {
  printf("%.9g\n", halve(3.0f));
  printf("%.9g\n", halve(1e-45f * 3));
  printf("%.17g\n", twice(0.1));
  float r = mix(3, 0.5f, 0.25, 2L, 0.125f);
  printf("%.9g\n", r);
  printf("%.17g\n", sum8(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8));
  float x = 1.25f;
  printf("%f %e %g\n", x, x, x);
  double (*fp)(double) = twice;
  printf("%g\n", fp(fp(1.5)));
  int i = 3;
  printf("%.9g\n", halve(i));
  printf("%.17g\n", twice(halve(0.3f)));
  return 0;
}
