/* Comparisons between signed and unsigned operands follow the usual arithmetic conversions (LP64). */
#include <stdio.h>

int main(void) {
  int minus_one = -1;
  unsigned zero = 0;
  unsigned char uc = 255;
  unsigned short us = 65535;
  long l = -1;
  unsigned long ul = 0;
  printf("-1 < 0u: %d\n", minus_one < zero);
  printf("-1 > 0u: %d\n", minus_one > zero);
  printf("-1 < (unsigned char)0: %d\n", minus_one < (unsigned char)0);
  printf("-1 < (unsigned short)0: %d\n", minus_one < (unsigned short)0);
  printf("-1L < 0u: %d\n", l < zero);
  printf("-1 < 0UL: %d\n", minus_one < ul);
  printf("-1L < 0UL: %d\n", l < ul);
  printf("uc == 255: %d, uc == -1: %d, (signed char)uc == -1: %d\n", uc == 255, uc == -1, (signed char)uc == -1);
  printf("us > 0: %d, (short)us < 0: %d\n", us > 0, (short)us < 0);
  printf("(unsigned)-1 == 4294967295: %d\n", (unsigned)minus_one == 4294967295u);
  printf("-1 == 0xffffffff: %d\n", minus_one == 0xffffffff);
  printf("-1L == 0xffffffff: %d\n", l == 0xffffffff);
  printf("-1 == ~0u: %d\n", minus_one == ~0u);
  char c = -1;
  printf("c == 255: %d, c == -1: %d, c < 0u: %d\n", c == 255, c == -1, (unsigned)c > 0u);
  unsigned a = 3, b = 5;
  printf("a - b > 0: %d, (int)(a - b): %d, a - b: %u\n", a - b > 0, (int)(a - b), a - b);
  printf("(long)(a - b): %ld, (long)a - (long)b: %ld\n", (long)(a - b), (long)a - (long)b);
  return 0;
}
