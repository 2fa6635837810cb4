/* Every arithmetic operator on long (64 bits) over edge values; overflows print the wrapped value. */
#include <limits.h>
#include <stdio.h>

static const long values[] = {LONG_MIN, LONG_MIN + 1, -4294967296L, -2147483649L, -2147483648L, -1000000007L,
                              -3, -1, 0, 1, 3, 2147483647L, 2147483648L, 4294967296L, 1000000007L,
                              LONG_MAX - 1, LONG_MAX};
#define COUNT (int)(sizeof values / sizeof values[0])

static int add_ok(long a, long b) { return b > 0 ? a <= LONG_MAX - b : a >= LONG_MIN - b; }
static int sub_ok(long a, long b) { return b < 0 ? a <= LONG_MAX + b : a >= LONG_MIN + b; }
static int mul_ok(long a, long b) {
  if (a == 0 || b == 0) return 1;
  if (a > 0) return b > 0 ? a <= LONG_MAX / b : b >= LONG_MIN / a;
  return b > 0 ? a >= LONG_MIN / b : b >= LONG_MAX / a;
}

int main(void) {
  for (int i = 0; i < COUNT; i++) {
    for (int j = 0; j < COUNT; j++) {
      long a = values[i], b = values[j];
      printf("%ld %ld:", a, b);
      if (add_ok(a, b)) printf(" +%ld", a + b); else printf(" +w%ld", (long)((unsigned long)a + (unsigned long)b));
      if (sub_ok(a, b)) printf(" -%ld", a - b); else printf(" -w%ld", (long)((unsigned long)a - (unsigned long)b));
      if (mul_ok(a, b)) printf(" *%ld", a * b); else printf(" *w%ld", (long)((unsigned long)a * (unsigned long)b));
      if (b != 0 && !(a == LONG_MIN && b == -1)) printf(" /%ld %%%ld", a / b, a % b);
      printf(" &%lx |%lx ^%lx", a & b, a | b, a ^ b);
      printf(" <%d ==%d >=%d\n", a < b, a == b, a >= b);
    }
    printf("%ld: ~%ld !%d\n", values[i], ~values[i], !values[i]);
  }
  return 0;
}
