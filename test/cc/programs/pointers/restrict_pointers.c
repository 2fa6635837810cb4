/* C99 restrict-qualified parameters in ordinary non-overlapping use. */
#include <stdio.h>

static void add_arrays(int n, int *restrict out, const int *restrict a, const int *restrict b) {
  for (int i = 0; i < n; i++) out[i] = a[i] + b[i];
}

static void scale(int n, double *restrict v, double k) {
  for (int i = 0; i < n; i++) v[i] *= k;
}

int main(void) {
  int a[4] = {1, 2, 3, 4}, b[4] = {10, 20, 30, 40}, out[4];
  add_arrays(4, out, a, b);
  for (int i = 0; i < 4; i++) printf("%d ", out[i]);
  printf("\n");
  double v[3] = {0.5, 1.5, 2.5};
  scale(3, v, 4);
  printf("%g %g %g\n", v[0], v[1], v[2]);
  int *restrict p = a;
  p[0] = 100;
  printf("%d\n", a[0]);
  return 0;
}
