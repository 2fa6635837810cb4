/* printf length modifiers: hh, h, l, ll, j, z, t on signed and unsigned conversions. */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

int main(void) {
  printf("%hhd %hhu %hhx\n", (signed char)-1, (unsigned char)255, (unsigned char)171);
  printf("%hhd %hhu\n", 300, 300);
  printf("%hd %hu %hx\n", (short)-2, (unsigned short)65535, (unsigned short)0xbeef);
  printf("%hd %hu\n", 70000, 70000);
  printf("%ld %lu %lx %lo\n", LONG_MIN, ULONG_MAX, 0xdeadbeefcafeUL, 01234567012345UL);
  printf("%lld %llu %llX\n", LLONG_MIN, ULLONG_MAX, 0xabcdef0123ULL);
  intmax_t im = INTMAX_MIN;
  uintmax_t um = UINTMAX_MAX;
  printf("%jd %ju\n", im, um);
  size_t sz = (size_t)-1;
  printf("%zu %zx %zd\n", sz, sz, (ptrdiff_t)-5);
  ptrdiff_t pd = -1234567890123L;
  printf("%td\n", pd);
  printf("%+ld %020lld %-20lu|\n", 12345678901L, -42LL, 7UL);
  printf("%#lx %#llo\n", 255UL, 8ULL);
  return 0;
}
