/* Bitwise &, |, ^, ~ on every width; ~ of a small unsigned type yields a negative int. */
#include <stdio.h>

int main(void) {
  unsigned char uc = 0x0f;
  unsigned short us = 0x00ff;
  unsigned u = 0xf0f0f0f0u;
  unsigned long ul = 0xff00ff00ff00ff00UL;
  int i = -1;
  printf("%d %d %u %lx\n", ~uc, ~us, ~u, ~ul);
  printf("%d %d\n", (unsigned char)~uc, (unsigned short)~us);
  printf("%x %x %x\n", u & 0xffff, u | 0xf, u ^ 0xffffffffu);
  printf("%lx %lx %lx\n", ul & 0xffffffffUL, ul | 1, ul ^ ~0UL);
  printf("%d %d %d\n", i & 0x7f, i | 0, i ^ i);
  printf("%x\n", 0x12345678 & ~0xff);
  printf("%lx\n", ul & ~(unsigned long)u);
  printf("%lx\n", ul & ~u);
  long neg = -256;
  printf("%lx %ld\n", (unsigned long)neg & 0xfff, neg | 0xf);
  int a = 0x5a5a, b = 0x0ff0;
  printf("%x %x %x %x\n", a & b, a | b, a ^ b, ~a & b);
  printf("%x\n", (a & b) | (a ^ b));
  printf("%d\n", (a | b) == ((a & b) | (a ^ b)));
  unsigned x = 0xdeadbeef;
  x ^= x >> 16;
  x ^= x << 5;
  printf("%x\n", x);
  return 0;
}
