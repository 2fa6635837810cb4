/* Structs passed through ... and read back with va_arg, small and large, mixed with scalars. */
#include <stdarg.h>
#include <stdio.h>

struct point { int x, y; };
struct big { long v[5]; char tag; };

static int sum_points(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++) {
    struct point p = va_arg(ap, struct point);
    s += p.x * p.y;
  }
  va_end(ap);
  return s;
}

static long sum_big(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long s = 0;
  for (int i = 0; i < n; i++) {
    int scale = va_arg(ap, int);
    struct big b = va_arg(ap, struct big);
    for (int k = 0; k < 5; k++) s += b.v[k] * scale;
    printf("tag %c\n", b.tag);
  }
  va_end(ap);
  return s;
}

int main(void) {
  struct point a = {2, 3}, b = {4, 5}, c = {-1, 7};
  printf("%d\n", sum_points(3, a, b, c));
  struct big x = {{1, 2, 3, 4, 5}, 'x'}, y = {{10, 20, 30, 40, 50}, 'y'};
  printf("%ld\n", sum_big(2, 2, x, -1, y));
  return 0;
}
