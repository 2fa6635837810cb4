/* Conversions from integers to floating types round to nearest even when the value does not fit exactly. */
#include <limits.h>
#include <stdio.h>

static long l(long x) { return x; }
static unsigned long ul(unsigned long x) { return x; }

int main(void) {
  printf("%.1f %.1f %.1f\n", (float)16777216, (float)16777217, (float)16777219);
  printf("%.1f %.1f\n", (double)l(9007199254740993L), (double)l(9007199254740995L));
  printf("%.1f\n", (double)l(LONG_MAX));
  printf("%.1f\n", (double)l(LONG_MIN));
  printf("%.1f\n", (double)ul(ULONG_MAX));
  printf("%.1f\n", (double)ul(0x8000000000000000UL));
  printf("%.1f\n", (double)ul(0x8000000000000400UL));
  printf("%.1f\n", (double)ul(0x8000000000000401UL));
  printf("%.1f\n", (double)ul(0x8000000000000c00UL));
  printf("%.1f\n", (double)ul(0xfffffffffffffbffUL));
  printf("%.1f\n", (double)ul(0xfffffffffffff800UL));
  printf("%.1f\n", (float)ul(ULONG_MAX));
  printf("%.1f %.1f\n", (float)UINT_MAX, (double)UINT_MAX);
  printf("%.1f %.1f\n", (float)INT_MIN, (float)INT_MAX);
  printf("%.1f %.1f\n", (double)(unsigned char)200, (double)(signed char)-100);
  unsigned u = 4294967295u;
  float fu = u;
  double du = u;
  printf("%.1f %.1f\n", fu, du);
  long values[] = {0, 1, -1, 123456789, -987654321, 1L << 40, -(1L << 52) - 1, 1234567890123456789L};
  for (int i = 0; i < 8; i++) printf("%ld -> %.1f %.1f\n", values[i], (float)values[i], (double)values[i]);
  int i = 7;
  double half = i / 2;
  double exact = i / 2.0;
  printf("%.1f %.1f\n", half, exact);
  return 0;
}
