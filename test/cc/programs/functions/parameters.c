/* Parameters are local copies: assigning to them does not affect the caller; arrays and pointers share data. */
#include <stdio.h>

static int bump(int x) {
  x += 100;
  return x;
}

static void bump_all(int *xs, int n) {
  while (n-- > 0) xs[n] += 100;
}

static void reassign(int *p) {
  static int other = 7;
  p = &other;
  *p = 8;
}

static int count_down(int n) {
  int steps = 0;
  while (n > 0) {
    n--;
    steps++;
  }
  return steps + n;
}

static unsigned char narrow(unsigned char c) { return c; }
static short shortened(short s) { return s; }
static double widened(float f) { return f; }

int main(void) {
  int a = 1;
  printf("%d %d\n", bump(a), a);
  int xs[3] = {1, 2, 3};
  bump_all(xs, 3);
  printf("%d %d %d\n", xs[0], xs[1], xs[2]);
  int y = 5;
  reassign(&y);
  printf("%d\n", y);
  printf("%d\n", count_down(9));
  printf("%d %d %g\n", narrow(300), shortened(70000), widened(0.1f));
  return 0;
}
