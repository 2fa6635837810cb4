/* Single-precision operations, each rounded to float: sums, products, quotients, square-free series. */
#include <stdio.h>

static float f(float x) { return x; }

int main(void) {
  float a = f(1e8f), one = f(1.0f);
  printf("%.1f %d\n", a + one, a + one == a);
  float s = 0;
  for (int i = 1; i <= 1000; i++) s += 1.0f / (float)i;
  printf("%.9g\n", s);
  float p = 1;
  for (int i = 0; i < 30; i++) p *= 1.7f;
  printf("%.9g\n", p);
  float q = f(10.0f) / f(3.0f);
  printf("%.9g %.17g\n", q, q);
  float r = f(0.1f) * f(0.1f);
  printf("%.9g %d\n", r, r == 0.01f);
  float t = f(16777215.0f) + f(0.5f);
  printf("%.1f\n", t);
  float u = f(3.0f) * f(1.0f / 3.0f);
  printf("%.9g\n", u);
  float v = f(1.0f) - f(0.9f);
  printf("%.9g\n", v);
  float w = f(-2.5f) * f(4.0f) + f(1.25f);
  printf("%.9g\n", w);
  double dd = (double)f(0.1f) + (double)f(0.2f);
  printf("%.17g\n", dd);
  return 0;
}
