/* Floating addition is not associative: summing the same values in different orders gives different sums. */
#include <stdio.h>

int main(void) {
  double big = 1e16, small = 1.0;
  printf("%.17g %.17g\n", (big + small) - big, (big - big) + small);
  double values[1000];
  for (int i = 0; i < 1000; i++) values[i] = 1.0 / (i + 1);
  double forward = 0, backward = 0, kahan = 0, c = 0;
  for (int i = 0; i < 1000; i++) forward += values[i];
  for (int i = 999; i >= 0; i--) backward += values[i];
  for (int i = 0; i < 1000; i++) {
    double y = values[i] - c;
    double t = kahan + y;
    c = (t - kahan) - y;
    kahan = t;
  }
  printf("%.17g\n%.17g\n%.17g\n", forward, backward, kahan);
  float f1 = 0, f2 = 0;
  for (int i = 0; i < 1000; i++) f1 += (float)values[i];
  for (int i = 999; i >= 0; i--) f2 += (float)values[i];
  printf("%.9g %.9g\n", f1, f2);
  printf("%.17g %.17g\n", 0.1 + (0.2 + 0.3), (0.1 + 0.2) + 0.3);
  return 0;
}
