/* short and unsigned short: operands are promoted to int, results converted back on assignment. */
#include <limits.h>
#include <stdio.h>

static const short values[] = {SHRT_MIN, SHRT_MIN + 1, -256, -1, 0, 1, 255, 256, SHRT_MAX};
#define COUNT (int)(sizeof values / sizeof values[0])

int main(void) {
  for (int i = 0; i < COUNT; i++) {
    for (int j = 0; j < COUNT; j++) {
      short a = values[i], b = values[j];
      short sum = (short)(a + b), diff = (short)(a - b), prod = (short)(a * b);
      unsigned short ua = (unsigned short)a, ub = (unsigned short)b;
      unsigned short usum = (unsigned short)(ua + ub), uprod = (unsigned short)((unsigned)ua * ub);
      printf("%d %d: %d %d %d %d | %u %u %u %u", a, b, a + b, sum, diff, prod, ua, ub, usum, uprod);
      if (b != 0) printf(" / %d %d %u %u", a / b, a % b, ua / ub, ua % ub);
      printf(" %d\n", (short)(a ^ b));
    }
  }
  printf("%d %d %u\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
  printf("%d %d\n", (int)sizeof(short), (int)sizeof(values[0] + values[1]));
  return 0;
}
