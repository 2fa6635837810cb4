/* Every arithmetic operator on int over a table of edge values; overflowing cases print the wrapped value computed in unsigned. */
#include <limits.h>
#include <stdio.h>

static const int values[] = {INT_MIN, INT_MIN + 1, -65536, -100, -7, -2, -1, 0, 1, 2, 7, 100, 65535, INT_MAX - 1, INT_MAX};
#define COUNT (int)(sizeof values / sizeof values[0])

static int add_ok(int a, int b) { return b > 0 ? a <= INT_MAX - b : a >= INT_MIN - b; }
static int sub_ok(int a, int b) { return b < 0 ? a <= INT_MAX + b : a >= INT_MIN + b; }
static int mul_ok(int a, int b) {
  long long p = (long long)a * b;
  return p >= INT_MIN && p <= INT_MAX;
}

int main(void) {
  for (int i = 0; i < COUNT; i++) {
    for (int j = 0; j < COUNT; j++) {
      int a = values[i], b = values[j];
      printf("%d %d:", a, b);
      if (add_ok(a, b)) printf(" +%d", a + b); else printf(" +w%d", (int)((unsigned)a + (unsigned)b));
      if (sub_ok(a, b)) printf(" -%d", a - b); else printf(" -w%d", (int)((unsigned)a - (unsigned)b));
      if (mul_ok(a, b)) printf(" *%d", a * b); else printf(" *w%d", (int)((unsigned)a * (unsigned)b));
      if (b != 0 && !(a == INT_MIN && b == -1)) printf(" /%d %%%d", a / b, a % b);
      printf(" &%d |%d ^%d", a & b, a | b, a ^ b);
      printf(" <%d <=%d >%d >=%d ==%d !=%d", a < b, a <= b, a > b, a >= b, a == b, a != b);
      printf(" &&%d ||%d\n", a && b, a || b);
    }
    printf("%d: ~%d !%d -%s\n", values[i], ~values[i], !values[i], values[i] == INT_MIN ? "overflow" : "ok");
  }
  return 0;
}
