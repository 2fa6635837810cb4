/* 64-bit products of 32-bit values, and a 64x64->128 multiply built from 32-bit halves. */
#include <stdio.h>

static void mul128(unsigned long a, unsigned long b, unsigned long *hi, unsigned long *lo) {
  unsigned long a0 = a & 0xffffffffUL, a1 = a >> 32, b0 = b & 0xffffffffUL, b1 = b >> 32;
  unsigned long p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  unsigned long mid = (p00 >> 32) + (p01 & 0xffffffffUL) + (p10 & 0xffffffffUL);
  *lo = (mid << 32) | (p00 & 0xffffffffUL);
  *hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

int main(void) {
  unsigned a = 0xffffffffu, b = 0xfffffffeu;
  printf("%u %lu\n", a * b, (unsigned long)a * b);
  int x = -2000000000, y = 3;
  printf("%ld\n", (long)x * y);
  unsigned long pairs[][2] = {{0xffffffffffffffffUL, 0xffffffffffffffffUL}, {0x123456789abcdefUL, 0xfedcba987654321UL},
                              {1, 0xffffffffffffffffUL}, {0x100000000UL, 0x100000000UL}, {0, 12345}};
  for (int i = 0; i < 5; i++) {
    unsigned long hi, lo;
    mul128(pairs[i][0], pairs[i][1], &hi, &lo);
    printf("%016lx * %016lx = %016lx%016lx (low check %d)\n", pairs[i][0], pairs[i][1], hi, lo,
           lo == pairs[i][0] * pairs[i][1]);
  }
  unsigned long m = 1;
  for (int i = 1; i <= 25; i++) {
    m *= (unsigned long)i;
    printf("%d! mod 2^64 = %lu\n", i, m);
  }
  return 0;
}
