/* Shifts on 64-bit values by 0, 1, 31, 32, 33, 62 and 63, with counts of several types. */
#include <limits.h>
#include <stdio.h>

static const unsigned long uvalues[] = {0, 1, 0x8000000000000000UL, 0x0123456789abcdefUL, ULONG_MAX, 0xffffffffUL};
static const long svalues[] = {LONG_MIN, -4294967296L, -1, 0, 1, 0x123456789L, LONG_MAX};
static const int counts[] = {0, 1, 31, 32, 33, 62, 63};

int main(void) {
  for (int i = 0; i < 6; i++) {
    for (int k = 0; k < 7; k++) {
      unsigned long v = uvalues[i];
      int n = counts[k];
      printf("%016lx <<%d %016lx >>%d %016lx\n", v, n, v << n, n, v >> n);
    }
  }
  for (int i = 0; i < 7; i++) {
    for (int k = 0; k < 7; k++) {
      long v = svalues[i];
      int n = counts[k];
      printf("%ld >>%d %ld\n", v, n, v >> n);
    }
  }
  unsigned char c8 = 3;
  long long c64 = 40;
  short c16 = 63;
  printf("%lx %lx %lx\n", 1UL << c8, 1UL << c64, 1UL << c16);
  printf("%d %d\n", 1 << c8, (int)sizeof(1 << c64));
  printf("%lld %llu\n", LLONG_MIN >> 63, 1ULL << 63);
  return 0;
}
