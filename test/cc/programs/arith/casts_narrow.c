/* Narrowing integer casts keep the low bits (conversion to a signed type is modulo 2^N in gcc and Tessera). */
#include <stdio.h>

static const long long values[] = {0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536,
                                   2147483647LL, 2147483648LL, 4294967295LL, 4294967296LL,
                                   0x123456789abcdefLL, -0x123456789abcdefLL, 0x7fffffffffffffffLL};

int main(void) {
  for (int i = 0; i < (int)(sizeof values / sizeof values[0]); i++) {
    long long v = values[i];
    printf("%lld: c%d sc%d uc%u s%d us%u i%d u%u\n", v, (char)v, (signed char)v, (unsigned char)v, (short)v,
           (unsigned short)v, (int)v, (unsigned)v);
  }
  unsigned long big = 0xfedcba9876543210UL;
  printf("%d %u %d %u %d %u\n", (char)big, (unsigned char)big, (short)big, (unsigned short)big, (int)big,
         (unsigned)big);
  return 0;
}
