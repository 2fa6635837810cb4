/* Bit-fields of char, short and long types (implementation-defined; gcc allows them and packs by declared type). */
#include <stdio.h>

struct small {
  unsigned char a : 3;
  unsigned char b : 5;
  unsigned char c : 4;
};
struct medium {
  unsigned short a : 9;
  unsigned short b : 9;
};
struct large {
  unsigned long a : 40;
  unsigned long b : 30;
  long c : 33;
};

int main(void) {
  printf("%d %d %d\n", (int)sizeof(struct small), (int)sizeof(struct medium), (int)sizeof(struct large));
  struct small s = {7, 31, 15};
  printf("%d %d %d\n", s.a, s.b, s.c);
  s.a += 1;
  printf("%d\n", s.a);
  struct medium m = {511, 300};
  printf("%d %d\n", m.a, m.b);
  struct large l;
  l.a = 0xffffffffffUL;
  l.b = 0x3fffffff;
  l.c = -4294967296L;
  printf("%lx %lx %ld\n", (unsigned long)l.a, (unsigned long)l.b, (long)l.c);
  l.a += 1;
  printf("%lx\n", (unsigned long)l.a);
  return 0;
}
