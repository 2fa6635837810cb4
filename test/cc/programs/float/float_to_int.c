/* Conversions from floating types to integers truncate toward zero (all values here are in range). */
#include <stdio.h>

static double d(double x) { return x; }

int main(void) {
  double values[] = {0.0, -0.0, 0.5, -0.5, 0.999, -0.999, 1.0, -1.0, 3.7, -3.7, 2147483647.9, -2147483648.9,
                     1e9, -1e9, 123456.5};
  for (int i = 0; i < 15; i++) printf("%g -> %d\n", values[i], (int)values[i]);
  printf("%u %u %u\n", (unsigned)d(3e9), (unsigned)d(4294967295.5), (unsigned)d(0.9));
  printf("%ld %ld\n", (long)d(-9.2e18), (long)d(9.2e18));
  printf("%ld %ld\n", (long)d(-9223372036854775808.0), (long)d(9223372036854774784.0));
  printf("%lu %lu\n", (unsigned long)d(1.8e19), (unsigned long)d(9223372036854775808.0));
  printf("%lu\n", (unsigned long)d(18446744073709549568.0));
  printf("%d %d %d\n", (short)d(-32768.7), (signed char)d(-128.9), (unsigned char)d(255.9));
  printf("%lld %llu\n", (long long)d(-1e15), (unsigned long long)d(1e15));
  float f = -7.99f;
  printf("%d %ld\n", (int)f, (long)(f * 1000.0f));
  float fl = 3e9f;
  printf("%u %ld\n", (unsigned)fl, (long)fl);
  _Bool b = d(0.1);
  printf("%d\n", b);
  int truncated = d(-2.5);
  long lt = d(1e18 + 0.5);
  printf("%d %ld\n", truncated, lt);
  return 0;
}
