/* Unions: members share storage; reading another member reinterprets the bytes (little-endian). */
#include <stdio.h>

union word {
  unsigned u;
  int i;
  unsigned short h[2];
  unsigned char b[4];
  float f;
};

union wide {
  unsigned long u;
  double d;
  unsigned char b[8];
  int halves[2];
};

int main(void) {
  union word w;
  w.u = 0x11223344u;
  printf("%x %x %x %x %x %x\n", w.b[0], w.b[1], w.b[2], w.b[3], w.h[0], w.h[1]);
  w.i = -1;
  printf("%u %x\n", w.u, w.h[1]);
  w.f = 1.0f;
  printf("%08x\n", w.u);
  w.b[3] = 0xc0;
  w.b[2] = 0;
  w.b[1] = 0;
  w.b[0] = 0;
  printf("%g\n", w.f);
  union wide x;
  x.d = -1.5;
  printf("%016lx %d %d\n", x.u, x.halves[0], x.halves[1]);
  x.u = 0;
  x.b[7] = 0x40;
  printf("%g\n", x.d);
  printf("%d %d\n", (int)sizeof(union word), (int)sizeof(union wide));
  union word copy = w;
  printf("%g\n", copy.f);
  return 0;
}
