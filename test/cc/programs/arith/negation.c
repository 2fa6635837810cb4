/* Unary minus and plus: -x of unsigned wraps, of a small type promotes first. */
#include <limits.h>
#include <stdio.h>

int main(void) {
  unsigned u = 1;
  unsigned char uc = 1;
  unsigned short us = 2;
  unsigned long ul = 1;
  int i = INT_MAX;
  long l = LONG_MAX;
  printf("%u %d %d %lu\n", -u, -uc, -us, -ul);
  printf("%d %ld\n", -i, -l);
  printf("%ld\n", -(long)INT_MIN);
  printf("%u\n", -(unsigned)INT_MIN);
  printf("%d %d\n", +uc, (int)sizeof(+uc));
  int z = 0;
  printf("%d %d\n", -z, - -i);
  double d = 0.0;
  printf("%f %f\n", -d, - -d);
  unsigned long long ull = 5;
  printf("%llu\n", -ull);
  printf("%d\n", -(-3));
  int k = 10;
  printf("%d\n", -k * -k);
  return 0;
}
