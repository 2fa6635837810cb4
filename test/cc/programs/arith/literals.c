/* Integer literal types: decimal literals get a signed type, hex and octal the first type that fits. */
#include <stdio.h>

int main(void) {
  printf("%d %d %d\n", (int)sizeof(2147483647), (int)sizeof(2147483648), (int)sizeof(0x7fffffff));
  printf("%d %d %d\n", (int)sizeof(0x80000000), (int)sizeof(0xffffffff), (int)sizeof(0x100000000));
  printf("%d %d %d %d\n", (int)sizeof(1u), (int)sizeof(1l), (int)sizeof(1ul), (int)sizeof(1ll));
  printf("%d\n", 0x80000000 > 0);
  printf("%d\n", -2147483648 < 0);
  printf("%d\n", -0x80000000 > 0);
  printf("%ld\n", -2147483648);
  printf("%u\n", -0x80000000);
  printf("%d %d %d\n", 010, 0x10, 0X1f);
  printf("%lu\n", 0xffffffffffffffff);
  printf("%llu\n", 18446744073709551615ull);
  printf("%ld\n", 9223372036854775807);
  printf("%d %d %d\n", 0, 00, 0x0);
  printf("%o %x %X\n", 511, 48879, 48879);
  printf("%lu %lu\n", 0777777777777UL, 0xABCDEFabcdefUL);
  printf("%u %lu %lld %llu\n", 42U, 42LU, 42LL, 42uLL);
  return 0;
}
