/* Loops driven by floating counters: accumulated error decides the iteration count. */
#include <stdio.h>

int main(void) {
  int n = 0;
  for (double x = 0.0; x < 1.0; x += 0.1) n++;
  printf("%d\n", n);
  n = 0;
  for (float x = 0.0f; x < 1.0f; x += 0.1f) n++;
  printf("%d\n", n);
  n = 0;
  for (double x = 0.0; x != 1.0 && n < 20; x += 0.25) n++;
  printf("%d\n", n);
  double x = 1.0;
  n = 0;
  while (x > 1e-10) {
    x /= 3.0;
    n++;
  }
  printf("%d %.17g\n", n, x);
  double sum = 0;
  for (int i = 1; i <= 100; i++) sum += 1.0 / ((double)i * i);
  printf("%.17g\n", sum);
  double term = 1.0, e = 1.0;
  for (int i = 1; i < 20; i++) {
    term /= i;
    e += term;
  }
  printf("%.17g\n", e);
  return 0;
}
