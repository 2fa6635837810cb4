/* The IEEE encodings of doubles and floats, read through unions (little-endian). */
#include <stdio.h>

union dbits {
  double d;
  unsigned long u;
};
union fbits {
  float f;
  unsigned u;
};

static double zero(void) { return 0.0; }

int main(void) {
  double values[] = {0.0, -0.0, 1.0, -2.0, 0.1, 1.0 / 3, 1e308, 5e-324, 1.0 / zero(), -1.0 / zero()};
  for (int i = 0; i < 10; i++) {
    union dbits b;
    b.d = values[i];
    printf("%g %016lx sign %lu exp %lu\n", values[i], b.u, b.u >> 63, (b.u >> 52) & 0x7ff);
  }
  float fvalues[] = {0.0f, 1.0f, -1.5f, 0.1f, 3.4028235e38f, 1e-45f};
  for (int i = 0; i < 6; i++) {
    union fbits b;
    b.f = fvalues[i];
    printf("%g %08x\n", fvalues[i], b.u);
  }
  union dbits x;
  x.u = 0x400921fb54442d18UL;
  printf("%.17g\n", x.d);
  x.u = 0x3ff0000000000001UL;
  printf("%.17g\n", x.d);
  union fbits y;
  y.u = 0x3f800001u;
  printf("%.9g\n", y.f);
  return 0;
}
