/* Every arithmetic operator on unsigned long (64 bits) over edge values, wrapping modulo 2^64. */
#include <limits.h>
#include <stdio.h>

static const unsigned long values[] = {0, 1, 2, 10, 0xffffffffUL, 0x100000000UL, 0x123456789abcdefUL,
                                       0x7fffffffffffffffUL, 0x8000000000000000UL, 0xfffffffffffffffeUL, ULONG_MAX};
#define COUNT (int)(sizeof values / sizeof values[0])

int main(void) {
  for (int i = 0; i < COUNT; i++) {
    for (int j = 0; j < COUNT; j++) {
      unsigned long a = values[i], b = values[j];
      printf("%lu %lu: +%lu -%lu *%lu", a, b, a + b, a - b, a * b);
      if (b != 0) printf(" /%lu %%%lu", a / b, a % b);
      printf(" &%lx |%lx ^%lx <%d >%d\n", a & b, a | b, a ^ b, a < b, a > b);
    }
    printf("%lu: ~%lu -%lu\n", values[i], ~values[i], -values[i]);
  }
  return 0;
}
