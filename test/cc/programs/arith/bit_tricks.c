/* Bit manipulation idioms on unsigned 32- and 64-bit values: popcount, parity, reverse, rotate, lowest bit. */
#include <stdio.h>

static int popcount64(unsigned long x) {
  int n = 0;
  while (x) {
    x &= x - 1;
    n++;
  }
  return n;
}

static unsigned reverse32(unsigned x) {
  x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
  x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
  x = ((x >> 4) & 0x0f0f0f0fu) | ((x & 0x0f0f0f0fu) << 4);
  x = ((x >> 8) & 0x00ff00ffu) | ((x & 0x00ff00ffu) << 8);
  return (x >> 16) | (x << 16);
}

static unsigned rotl32(unsigned x, int n) { return (x << (n & 31)) | (x >> ((32 - n) & 31)); }
static unsigned long rotr64(unsigned long x, int n) { return (x >> (n & 63)) | (x << ((64 - n) & 63)); }

static int clz64(unsigned long x) {
  int n = 0;
  if (x == 0) return 64;
  while (!(x & 0x8000000000000000UL)) {
    x <<= 1;
    n++;
  }
  return n;
}

int main(void) {
  unsigned long values[] = {0, 1, 0xff, 0x8000000000000000UL, 0xffffffffffffffffUL, 0x123456789abcdefUL, 0xa5a5a5a5UL};
  for (int i = 0; i < 7; i++) {
    unsigned long v = values[i];
    printf("%lx: pop %d clz %d low %lx parity %d rotr13 %lx\n", v, popcount64(v), clz64(v), v & -v,
           popcount64(v) & 1, rotr64(v, 13));
  }
  unsigned w[] = {0, 1, 0x80000000u, 0x12345678u, 0xf0000001u};
  for (int i = 0; i < 5; i++)
    printf("%08x: rev %08x rotl0 %08x rotl7 %08x rotl31 %08x\n", w[i], reverse32(w[i]), rotl32(w[i], 0),
           rotl32(w[i], 7), rotl32(w[i], 31));
  unsigned x = 40;
  printf("pow2 %d %d %d\n", (x & (x - 1)) == 0, (64u & 63u) == 0, (65u & 64u) == 0);
  unsigned long z = 0x9e3779b97f4a7c15UL;
  for (int i = 0; i < 5; i++) {
    z += 0x9e3779b97f4a7c15UL;
    unsigned long r = z;
    r = (r ^ (r >> 30)) * 0xbf58476d1ce4e5b9UL;
    r = (r ^ (r >> 27)) * 0x94d049bb133111ebUL;
    r ^= r >> 31;
    printf("splitmix %016lx\n", r);
  }
  return 0;
}
