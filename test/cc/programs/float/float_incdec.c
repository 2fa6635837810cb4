/* ++, -- and compound assignment on float and double variables. */
#include <stdio.h>

int main(void) {
  double d = 0.5;
  d++;
  ++d;
  d--;
  printf("%f\n", d);
  float f = 16777215.0f;
  f++;
  printf("%.1f\n", f);
  f++;
  printf("%.1f\n", f);
  float g = 1.5f;
  float old = g--;
  printf("%f %f\n", old, g);
  double x = 10;
  x += 0.5;
  x -= 0.25;
  x *= 4;
  x /= 3;
  printf("%.17g\n", x);
  float y = 10;
  y /= 3;
  y *= 3;
  printf("%.9g\n", y);
  int i = 5;
  i += 0.7;
  printf("%d\n", i);
  i -= 0.7;
  printf("%d\n", i);
  return 0;
}
