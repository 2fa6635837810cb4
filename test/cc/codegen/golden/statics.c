/* 64-bit loads and stores of static objects name them directly; constants leave loops. */
#include <stdio.h>

static long total;
long table[4] = {1, 2, 3, 4};
struct point {
  long x, y;
} origin = {5, 6};

void accumulate(int n) {
  for (int i = 0; i < n; i++) {
    total += table[3] + origin.y;
    table[0] = 7;
  }
}

void fill(unsigned char *p, int n) {
  for (int i = 0; i < n; i++) p[i] = 0xab;
}

int main(void) {
  unsigned char bytes[5];
  accumulate(3);
  fill(bytes, 5);
  printf("%ld %ld %d\n", total, table[0], bytes[4]);
  return 0;
}
