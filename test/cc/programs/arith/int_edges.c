/* Defined operations right at INT_MIN, INT_MAX, LONG_MIN and -1, computed at run time from variables. */
#include <limits.h>
#include <stdio.h>

static int id(int x) { return x; }
static long lid(long x) { return x; }

int main(void) {
  int mn = id(INT_MIN), mx = id(INT_MAX), m1 = id(-1), z = id(0);
  printf("%d %d %d %d\n", mn / 1, mn / 2, mn % 2, mn / mx);
  printf("%d %d\n", mn + mx, mx - mx);
  printf("%d %d\n", mn >> 1, mn >> 31);
  printf("%d %d %d\n", mn & m1, mn | z, mn ^ mx);
  printf("%u %u\n", (unsigned)mn, (unsigned)m1);
  printf("%d %d\n", mx / m1, mx % m1);
  printf("%d %d %d\n", mn < mx, m1 < z, mn == -mx - 1);
  printf("%d\n", mn + 1 + mx);
  long lmn = lid(LONG_MIN), lm1 = lid(-1);
  printf("%ld %ld\n", lmn / 2, lmn % 10);
  printf("%ld %ld\n", lmn >> 63, lmn >> 62);
  printf("%lu\n", (unsigned long)lmn);
  printf("%ld\n", lm1 * lid(LONG_MAX));
  printf("%ld\n", (long)mn * mn);
  printf("%ld\n", (long)mx * mx);
  printf("%ld %ld\n", (long)mn - 1, (long)mx + 1);
  return 0;
}
