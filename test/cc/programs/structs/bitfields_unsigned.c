/* Unsigned bit-fields of widths 1 to 32 hold values modulo 2^width. */
#include <stdio.h>

struct bits {
  unsigned b1 : 1;
  unsigned b2 : 2;
  unsigned b3 : 3;
  unsigned b5 : 5;
  unsigned b7 : 7;
  unsigned b8 : 8;
  unsigned b13 : 13;
  unsigned b16 : 16;
  unsigned b17 : 17;
  unsigned b31 : 31;
  unsigned b32 : 32;
};

int main(void) {
  struct bits s = {0};
  s.b1 = 1;
  s.b2 = 3;
  s.b3 = 5;
  s.b5 = 31;
  s.b7 = 100;
  s.b8 = 255;
  s.b13 = 8191;
  s.b16 = 65535;
  s.b17 = 131071;
  s.b31 = 0x7fffffffu;
  s.b32 = 0xffffffffu;
  printf("%u %u %u %u %u %u %u %u %u %u %u\n", s.b1, s.b2, s.b3, s.b5, s.b7, s.b8, s.b13, s.b16, s.b17, s.b31, s.b32);
  s.b1 = 2;
  s.b2 = 5;
  s.b3 = 9;
  s.b5 = 33;
  s.b8 = 256 + 17;
  s.b13 = 8192 + 3;
  s.b31 = 0xffffffffu;
  printf("%u %u %u %u %u %u %u\n", s.b1, s.b2, s.b3, s.b5, s.b8, s.b13, s.b31);
  s.b3 = 7;
  s.b3++;
  printf("%u\n", s.b3);
  s.b3 = 0;
  s.b3--;
  printf("%u\n", s.b3);
  s.b16 += 10;
  printf("%u\n", s.b16);
  s.b32 += 2;
  printf("%u\n", s.b32);
  printf("%d\n", s.b2 + 1);
  printf("%d\n", s.b7 - 200 < 0);
  printf("%d\n", s.b32 - 5 > 0);
  printf("%d\n", (int)sizeof(struct bits));
  return 0;
}
