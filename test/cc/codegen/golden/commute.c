/* Commutative operations take the register of whichever operand dies (`commute` in ir.ts). */
#include <stdio.h>

long square(long x) { return x * x; }

long sum_of_calls(long (*f)(long), long n) { return f(n) + f(n + 1); }

double dot3(const double *a, const double *b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }

int mix(int a, int b, int c) { return (a ^ b) | (b & c); }

int main(void) {
  double a[3] = {1.5, 2, -3}, b[3] = {4, 0.25, 2};
  printf("%ld %ld %g %d\n", square(-12), sum_of_calls(square, 3), dot3(a, b), mix(12, 10, 7));
  return 0;
}
