/* Automatic initializers may use any run-time expression, including earlier objects and calls. */
#include <stdio.h>

struct range { int lo, hi, len; };

static int next(int *state) { return ++*state; }

int main(void) {
  int state = 0;
  int a = next(&state);
  int b = a * 10 + next(&state);
  int arr[3] = {a, b, a + b};
  printf("%d %d %d %d %d\n", a, b, arr[0], arr[1], arr[2]);
  struct range r = {a, b, b - a};
  printf("%d %d %d\n", r.lo, r.hi, r.len);
  struct range copy = r;
  struct range shifted = {copy.lo + 1, copy.hi + 1, copy.len};
  printf("%d %d %d\n", shifted.lo, shifted.hi, shifted.len);
  double d = arr[2] / 4.0;
  int n = sizeof arr / sizeof arr[0];
  printf("%g %d\n", d, n);
  int x = 5, y = x * x, z = y + x;
  printf("%d\n", z);
  return 0;
}
