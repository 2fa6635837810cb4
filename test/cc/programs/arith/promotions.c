/* Integer promotions: small types become int before arithmetic, and results are converted back on assignment. */
#include <stdio.h>

int main(void) {
  unsigned char a = 200, b = 100;
  int sum = a + b;
  unsigned char wrapped = a + b;
  printf("%d %d\n", sum, wrapped);
  printf("%d\n", a * b);
  printf("%d\n", (unsigned char)~a);
  printf("%d\n", ~a);
  printf("%d\n", -a);
  unsigned short us = 60000;
  printf("%d %d\n", us + us, (unsigned short)(us + us));
  printf("%d\n", ~us);
  signed char sc = -100;
  printf("%d %d\n", sc - 100, (signed char)(sc - 100));
  char c = 'A';
  printf("%d %c\n", c + 1, c + 1);
  unsigned char x = 0x80;
  printf("%d %d\n", x << 1, x << 23 > 0);
  signed char y = -128;
  printf("%d %d\n", y >> 1, y / 2);
  _Bool t = 1;
  printf("%d\n", t + t + t);
  unsigned char sh = 1;
  printf("%d\n", sh << 10);
  unsigned short m = 0xffff;
  unsigned int r = m * 2u;
  printf("%u\n", r);
  unsigned char aa = 255;
  aa++;
  unsigned char bb = 0;
  bb--;
  printf("%d %d\n", aa, bb);
  return 0;
}
