/* Every arithmetic operator on unsigned int over edge values: unsigned arithmetic wraps modulo 2^32. */
#include <limits.h>
#include <stdio.h>

static const unsigned values[] = {0, 1, 2, 3, 7, 100, 0x7fffffffu, 0x80000000u, 0x80000001u, 0xfffffffeu, UINT_MAX};
#define COUNT (int)(sizeof values / sizeof values[0])

int main(void) {
  for (int i = 0; i < COUNT; i++) {
    for (int j = 0; j < COUNT; j++) {
      unsigned a = values[i], b = values[j];
      printf("%u %u: +%u -%u *%u", a, b, a + b, a - b, a * b);
      if (b != 0) printf(" /%u %%%u", a / b, a % b);
      printf(" &%x |%x ^%x <%d >%d ==%d\n", a & b, a | b, a ^ b, a < b, a > b, a == b);
    }
    printf("%u: ~%u -%u !%d\n", values[i], ~values[i], -values[i], !values[i]);
  }
  return 0;
}
