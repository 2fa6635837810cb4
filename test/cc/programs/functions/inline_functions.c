/* C99 static inline functions behave like ordinary functions. */
#include <stdio.h>

static inline int max(int a, int b) { return a > b ? a : b; }
static inline unsigned rotl(unsigned x, int n) { return (x << n) | (x >> (32 - n)); }
static inline double lerp(double a, double b, double t) { return a + (b - a) * t; }

int main(void) {
  printf("%d %d\n", max(3, 9), max(-1, -5));
  printf("%08x\n", rotl(0x80000001u, 4));
  printf("%g %g\n", lerp(0, 10, 0.25), lerp(-1, 1, 0.5));
  int (*f)(int, int) = max;
  printf("%d\n", f(7, 2));
  return 0;
}
