/* Plain recursion: factorial, Fibonacci, Ackermann, gcd and power, to moderate depth. */
#include <stdio.h>

static unsigned long factorial(unsigned n) { return n <= 1 ? 1 : n * factorial(n - 1); }
static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static int ackermann(int m, int n) {
  if (m == 0) return n + 1;
  if (n == 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}
static long gcd(long a, long b) { return b == 0 ? a : gcd(b, a % b); }
static double power(double x, int n) {
  if (n == 0) return 1;
  if (n < 0) return 1 / power(x, -n);
  double half = power(x, n / 2);
  return n % 2 ? half * half * x : half * half;
}
static int sum_digits(unsigned long n) { return n == 0 ? 0 : (int)(n % 10) + sum_digits(n / 10); }

int main(void) {
  for (unsigned i = 0; i <= 20; i += 5) printf("%u! = %lu\n", i, factorial(i));
  printf("%ld %ld\n", fib(20), fib(25));
  printf("%d %d\n", ackermann(2, 3), ackermann(3, 3));
  printf("%ld %ld\n", gcd(1071, 462), gcd(123456789012L, 9876543210L));
  printf("%g %g %g\n", power(2, 10), power(2, -3), power(1.5, 7));
  printf("%d\n", sum_digits(18446744073709551615UL));
  return 0;
}
