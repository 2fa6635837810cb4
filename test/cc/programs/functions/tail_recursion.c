// slow: ten million tail calls, which need constant stack
/* Tail-recursive loops deep enough that each call must reuse its frame: sum, gcd steps, countdown with accumulator. */
#include <stdio.h>

static long sum_to(long n, long acc) {
  if (n == 0) return acc;
  return sum_to(n - 1, acc + n);
}

static unsigned long collatz_steps(unsigned long n, unsigned long steps) {
  if (n == 1) return steps;
  return collatz_steps(n % 2 ? 3 * n + 1 : n / 2, steps + 1);
}

static int mutual_a(long n, int parity);
static int mutual_b(long n, int parity) {
  if (n == 0) return parity;
  return mutual_a(n - 1, !parity);
}
static int mutual_a(long n, int parity) {
  if (n == 0) return parity;
  return mutual_b(n - 1, !parity);
}

int main(void) {
  printf("%ld\n", sum_to(10000000, 0));
  printf("%lu\n", collatz_steps(837799, 0));
  printf("%d\n", mutual_a(1000001, 0));
  return 0;
}
