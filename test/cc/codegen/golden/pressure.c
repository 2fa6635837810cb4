/* More values live across calls than there are callee-saved registers: spilled values share a load and
   a store per run of instructions, spilled constants are recomputed, copies between coalesced values go. */
#include <stdio.h>

static long bump(long x) { return x + 1; }

long churn(int n) {
  long a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, i = 9, j = 10;
  for (int k = 0; k < n; k++) {
    a = bump(a) + 1000;
    b = bump(b) ^ 0x5555;
    c = bump(c) * 3;
    d = bump(d) - 77;
    e = bump(e) + a;
    f = bump(f) + b;
    g = bump(g) + c;
    h = bump(h) + d;
    i = bump(i) + e;
    j = bump(j) + f + g + h + i;
  }
  return a + b + c + d + e + f + g + h + i + j;
}

/* Early returns on several kinds of test. */
static int both(int x, int y) {
  if (x > 0 && y > 0) return 1;
  return bump(x) > y ? 2 : 3;
}

static unsigned either(unsigned x, unsigned y) {
  if (!(x < 10u) || y == x) return x;
  return (unsigned)bump(x) + either(x + 1, y);
}

int main(void) {
  printf("%ld %d %d %u %u\n", churn(20), both(1, 2), both(-1, 5), either(3, 7), either(12, 1));
  return 0;
}
