/* Integer and floating operands mixed in one expression: where the conversion happens matters. */
#include <stdio.h>

int main(void) {
  int a = 7, b = 2;
  printf("%f %f %f\n", a / b * 2.0, a / 2.0 * b, (double)a / b);
  unsigned u = 3000000000u;
  printf("%.1f %.1f\n", u * 2.0, (double)(u * 2));
  long l = -5;
  printf("%f\n", l / 2 + 0.5);
  printf("%f\n", l * 0.1f);
  char c = 'A';
  printf("%f\n", c + 0.5);
  unsigned char uc = 200;
  printf("%f\n", uc * 1.5f);
  int i = 0;
  double acc = 0;
  for (i = 0; i < 5; i++) acc += i / 2;
  printf("%f\n", acc);
  acc = 0;
  for (i = 0; i < 5; i++) acc += i / 2.0;
  printf("%f\n", acc);
  double pct = 37 * 100.0 / 40;
  printf("%.2f%%\n", pct);
  int rounded = (int)(2.5 + 0.5);
  int rounded_neg = (int)(-2.5 - 0.5);
  printf("%d %d\n", rounded, rounded_neg);
  return 0;
}
