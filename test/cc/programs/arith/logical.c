/* &&, || and ! yield int 0 or 1 and short-circuit: the right operand runs only when needed. */
#include <stdio.h>

static int calls;
static int touch(int value) {
  calls++;
  return value;
}

int main(void) {
  printf("%d %d %d %d\n", 0 && 0, 0 && 5, 7 && 0, 7 && -3);
  printf("%d %d %d %d\n", 0 || 0, 0 || 5, 7 || 0, 7 || -3);
  printf("%d %d %d %d\n", !0, !1, !-1, !!42);
  calls = 0;
  int r = touch(0) && touch(1);
  printf("%d %d\n", r, calls);
  calls = 0;
  r = touch(1) || touch(1);
  printf("%d %d\n", r, calls);
  calls = 0;
  r = touch(1) && touch(2) && touch(0) && touch(3);
  printf("%d %d\n", r, calls);
  calls = 0;
  r = touch(0) || touch(0) || touch(5) || touch(6);
  printf("%d %d\n", r, calls);
  calls = 0;
  r = (touch(0) && touch(1)) || (touch(1) && touch(1));
  printf("%d %d\n", r, calls);
  int *p = 0;
  int x = 9;
  printf("%d\n", p != 0 && *p == 9);
  p = &x;
  printf("%d\n", p != 0 && *p == 9);
  double d = 0.0;
  printf("%d %d\n", !d, d || 0.5);
  long big = 0x100000000L;
  printf("%d %d\n", !big, big && 1);
  int i = 0;
  if (i++ || i++) printf("i=%d\n", i);
  int v = 3;
  printf("%d\n", (v > 2) + (v > 1) + (v > 5));
  return 0;
}
