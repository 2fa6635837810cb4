/* Shifts on 32-bit values by 0, 1, 7, 8, 15, 16, 30 and 31: unsigned both ways, signed right shifts of negatives (arithmetic). */
#include <limits.h>
#include <stdio.h>

static const unsigned uvalues[] = {0, 1, 0x80000000u, 0x12345678u, 0xdeadbeefu, UINT_MAX};
static const int svalues[] = {INT_MIN, -65536, -7, -1, 0, 1, 7, 0x12345678, INT_MAX};
static const int counts[] = {0, 1, 7, 8, 15, 16, 30, 31};

int main(void) {
  for (int i = 0; i < 6; i++) {
    for (int k = 0; k < 8; k++) {
      unsigned v = uvalues[i];
      int n = counts[k];
      printf("%08x <<%d %08x >>%d %08x\n", v, n, v << n, n, v >> n);
    }
  }
  for (int i = 0; i < 9; i++) {
    for (int k = 0; k < 8; k++) {
      int v = svalues[i], n = counts[k];
      printf("%d >>%d %d", v, n, v >> n);
      if (v >= 0 && (n == 0 || v <= (INT_MAX >> n))) printf(" <<%d %d", n, v << n);
      printf("\n");
    }
  }
  return 0;
}
