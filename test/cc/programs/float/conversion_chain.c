/* Round trips between double, float and integers lose exactly what the narrower type cannot hold. */
#include <stdio.h>

static double id(double x) { return x; }

int main(void) {
  double d = id(0.1);
  float f = (float)d;
  double back = f;
  printf("%.17g %.9g %.17g\n", d, f, back);
  printf("%d\n", back == d);
  long big = 123456789012L;
  float fb = (float)big;
  long lb = (long)fb;
  printf("%ld %ld\n", lb, lb - big);
  double dd = (double)big;
  printf("%ld\n", (long)dd - big);
  int i = 16777217;
  float fi = (float)i;
  printf("%d\n", (int)fi);
  float ff = (float)id(1e40);
  printf("%f\n", ff);
  float fs = (float)id(1e-50);
  printf("%g\n", fs);
  double rounded = (float)id(1.00000001);
  printf("%.17g\n", rounded);
  float halfway = (float)id(1.0000000596046448);
  printf("%.17g\n", halfway);
  float up = (float)id(1.0000000596046449);
  printf("%.17g\n", up);
  unsigned char uc = (unsigned char)(float)id(200.7);
  printf("%d\n", uc);
  return 0;
}
