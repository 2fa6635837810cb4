/* Signed bit-fields sign-extend when read; storing an out-of-range value wraps (implementation-defined, as gcc). */
#include <stdio.h>

struct sbits {
  signed int s1 : 1;
  signed int s2 : 2;
  signed int s4 : 4;
  signed int s8 : 8;
  signed int s12 : 12;
  signed int s24 : 24;
  signed int s32 : 32;
  int plain : 5;
};

int main(void) {
  struct sbits s = {0};
  s.s1 = -1;
  s.s2 = -2;
  s.s4 = 7;
  s.s8 = -128;
  s.s12 = 2047;
  s.s24 = -8388608;
  s.s32 = -2147483647;
  s.plain = -16;
  printf("%d %d %d %d %d %d %d %d\n", s.s1, s.s2, s.s4, s.s8, s.s12, s.s24, s.s32, s.plain);
  s.s1 = 1;
  s.s2 = 2;
  s.s4 = 8;
  s.s8 = 200;
  s.s12 = 4095;
  s.plain = 31;
  printf("%d %d %d %d %d %d\n", s.s1, s.s2, s.s4, s.s8, s.s12, s.plain);
  s.s4 = -8;
  printf("%d %d\n", s.s4, s.s4 * 2);
  s.s4 = 3;
  s.s4 += 4;
  printf("%d\n", s.s4);
  s.s8 = -1;
  long widened = s.s8;
  unsigned long uw = (unsigned long)s.s8;
  printf("%ld %lu\n", widened, uw);
  printf("%d\n", s.s12 < 0);
  return 0;
}
