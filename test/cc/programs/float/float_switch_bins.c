/* Classifying doubles into bins with comparison chains and converting to integer bin indexes. */
#include <math.h>
#include <stdio.h>

static int bin(double x) {
  if (x < 0) return -1;
  if (x < 0.5) return 0;
  if (x < 1.5) return 1;
  if (x < 10) return (int)floor(x);
  return 10;
}

int main(void) {
  double xs[] = {-0.1, 0.0, 0.49999, 0.5, 1.4999, 1.5, 2.0, 9.999, 10.0, 1e300, -0.0};
  int counts[12] = {0};
  for (int i = 0; i < 11; i++) {
    int b = bin(xs[i]);
    printf("%g -> %d\n", xs[i], b);
    counts[b + 1]++;
  }
  for (int i = 0; i < 12; i++) printf("%d", counts[i]);
  printf("\n");
  return 0;
}
